"""Report charts drawn with matplotlib's Agg canvas (no pyplot state), returned as PNG bytes."""
from __future__ import annotations

import calendar
import datetime as dt
import io

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

BLUE, GREY = "#1f5f8b", "#c8d3dc"
BULAN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
HARI = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]


def _png(fig: Figure) -> bytes:
    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    return buffer.getvalue()


def _month_label(key: str) -> str:
    """'2025-07' -> 'Jul 2025'."""
    year, month = key.split("-")
    return f"{BULAN[int(month) - 1]} {year}"


def _short_month_labels(keys: list[str]) -> list[str]:
    """Two-line labels for many months: 'Jan' with the year under it on the first month and each January."""
    out = []
    for i, key in enumerate(keys):
        year, month = key.split("-")
        name = BULAN[int(month) - 1]
        out.append(f"{name}\n{year}" if i == 0 or month == "01" else name)
    return out


def _thousands(value, _pos=None) -> str:
    return f"{int(round(value)):,}".replace(",", ".")


def _count_axis(axis) -> None:
    """Counts are whole: integer ticks only, 1.234 with the Indonesian separator."""
    axis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1))
    axis.set_major_formatter(FuncFormatter(_thousands))


def volume_by_month(months: pd.DataFrame, highlight: str | None = None) -> bytes:
    """Bars of volume.by_month(); the report month in a darker colour."""
    fig = Figure(figsize=(8, 3))
    ax = fig.add_subplot()
    colors = [BLUE if k == highlight or highlight is None else GREY for k in months["Bulan"]]
    ax.bar(range(len(months)), months["Berita"], color=colors)
    _month_ticks(ax, list(months["Bulan"]))
    ax.set_ylabel("Jumlah berita")
    _count_axis(ax.yaxis)
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


def _month_ticks(ax, keys: list[str]) -> None:
    if len(keys) > 13:
        ax.set_xticks(range(len(keys)), _short_month_labels(keys), fontsize=8)
    else:
        ax.set_xticks(range(len(keys)), [_month_label(k) for k in keys], rotation=45, ha="right", fontsize=8)


def channel_split(channels: pd.DataFrame) -> bytes:
    """Horizontal bars of volume.by_channel()."""
    fig = Figure(figsize=(6, 0.45 * max(len(channels), 2) + 0.8))
    ax = fig.add_subplot()
    ax.barh(channels["Kanal"][::-1], channels["Berita"][::-1], color=BLUE)
    for y, value in enumerate(channels["Berita"][::-1]):
        ax.text(value, y, f" {_thousands(value)}", va="center", fontsize=9)
    ax.set_xlabel("Jumlah berita")
    _count_axis(ax.xaxis)
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


def publication_calendar(daily: pd.DataFrame) -> bytes:
    """A month-calendar grid of volume.by_day(): weeks as rows, Monday to Sunday, items per day written in."""
    days = list(daily["Tanggal"])
    counts = dict(zip(days, daily["Berita"]))
    first = days[0] - dt.timedelta(days=days[0].weekday())
    weeks = (days[-1] - first).days // 7 + 1
    fig = Figure(figsize=(6, 0.55 * weeks + 0.9))
    ax = fig.add_subplot()
    peak = max(counts.values()) or 1
    for offset in range(weeks * 7):
        day = first + dt.timedelta(days=offset)
        row, col = offset // 7, offset % 7
        n = counts.get(day)
        if n is None:
            continue
        shade = BLUE if n else "#f0f3f6"
        ax.add_patch(_box(col, row, shade, 0.35 + 0.65 * n / peak if n else 1.0))
        ax.text(col + 0.5, row + 0.3, str(day.day), ha="center", va="center", fontsize=8,
                color="white" if n else "#555555")
        if n:
            ax.text(col + 0.5, row + 0.7, f"{n} berita", ha="center", va="center", fontsize=7, color="white")
    ax.set_xlim(0, 7)
    ax.set_ylim(weeks, 0)
    ax.set_xticks([c + 0.5 for c in range(7)], HARI)
    ax.xaxis.tick_top()
    ax.set_yticks([])
    ax.spines[:].set_visible(False)
    return _png(fig)


def _box(col: int, row: int, color: str, alpha: float):
    from matplotlib.patches import Rectangle

    return Rectangle((col + 0.05, row + 0.05), 0.9, 0.9, color=color, alpha=alpha)


def program_heatmap(matrix: pd.DataFrame) -> bytes:
    """program x month counts of volume.program_month_matrix(), numbers in the cells.

    Stays legible over 24 months: the figure is never wider than the page (so the browser does not
    shrink its text), months are two-line labels, zero cells stay blank, long names are shortened."""
    months = list(matrix.columns)
    width = min(8.5, max(6.0, 3.2 + 0.25 * len(months)))
    fig = Figure(figsize=(width, 0.4 * max(len(matrix), 2) + 1.3))
    ax = fig.add_subplot()
    values = matrix.to_numpy() if len(matrix) else [[0]]
    peak = max(int(matrix.to_numpy().max()) if matrix.size else 0, 1)
    image = ax.imshow(values, cmap="Blues", aspect="auto", vmin=0, vmax=peak)
    if len(months) > 13:
        ax.set_xticks(range(len(months)), _short_month_labels(months), fontsize=8)
    else:
        ax.set_xticks(range(len(months)), [_month_label(k) for k in months], rotation=45, ha="right", fontsize=9)
    names = [n if len(n) <= 26 else n[:25] + "\u2026" for n in map(str, matrix.index)]
    ax.set_yticks(range(len(matrix.index)), names, fontsize=10)
    size = 9 if len(months) <= 13 else 8
    for (r, c), v in pd.DataFrame(values).stack().items():
        if v:
            ax.text(c, r, _thousands(v), ha="center", va="center", fontsize=size,
                    color="white" if v > peak / 2 else "#333333")
    ax.set_xticks([x - 0.5 for x in range(1, len(months))], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, len(matrix.index))], minor=True)
    ax.grid(which="minor", color="white", linewidth=1)
    ax.tick_params(which="minor", length=0)
    bar = fig.colorbar(image, ax=ax, label="Jumlah berita", shrink=0.8, pad=0.02)
    _count_axis(bar.ax.yaxis)
    return _png(fig)


def engagement_by_item(items: pd.DataFrame, n: int = 10) -> bytes:
    """Views (tayangan) of the items of engagement.by_item(), most viewed on top."""
    top = items.head(n)
    fig = Figure(figsize=(8, 0.45 * max(len(top), 2) + 0.8))
    ax = fig.add_subplot()
    labels = [(t if len(t) <= 48 else t[:47] + "…") for t in top["Judul"]][::-1]
    views = [int(v) if pd.notna(v) else 0 for v in top["Tayangan"]][::-1]
    ax.barh(labels, views, color=BLUE)
    ax.set_xlabel("Tayangan (keluaran, bukan nilai iklan)")
    _count_axis(ax.xaxis)
    ax.tick_params(axis="y", labelsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


def follower_trend(trend: pd.DataFrame) -> bytes:
    """Lines of engagement.follower_trend(), one per channel."""
    fig = Figure(figsize=(8, 3))
    ax = fig.add_subplot()
    for column in [c for c in trend.columns if c != "Bulan"]:
        ax.plot(range(len(trend)), trend[column].astype("float"), marker="o", markersize=3, label=column)
    _month_ticks(ax, list(trend["Bulan"]))
    ax.set_ylabel("Pengikut")
    _count_axis(ax.yaxis)
    ax.legend(fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)
