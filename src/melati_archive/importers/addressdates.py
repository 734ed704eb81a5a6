"""The publication day a page's web address states: news sites file a story under /YYYY/MM/DD/."""
from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

# /2019/11/14/ (WordPress permalinks, regional papers), /read/2019/01/09/... (portals): year, month
# and day as path segments. Only a whole day counts: /2019/11/ alone names a month, which is no
# publication date, and digits run together (20191114) are as often an article number.
_DAY_IN_PATH = re.compile(r"/((?:19|20)\d\d)/([01]\d)/([0-3]\d)(?=/|$)")
EARLIEST = dt.date(1995, 1, 1)  # before the web's Indonesian news sites: a number, not a date


def day_in_address(url: str | None, today: dt.date) -> dt.date | None:
    """The day written in `url`'s path as /YYYY/MM/DD/, when it is a real day between 1995 and
    `today` (a day after the import is no publication date); else None."""
    if not url:
        return None
    try:
        path = urlsplit(url.strip()[:2000]).path
    except ValueError:  # an address urllib cannot read (a bracket in the host)
        return None
    m = _DAY_IN_PATH.search(path)
    if m is None:
        return None
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:  # 2019/02/30
        return None
    return day if EARLIEST <= day <= today else None
