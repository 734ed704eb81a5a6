"""Voila as `melati app` runs it: every request whose Host header is not the address served
(127.0.0.1:PORT or localhost:PORT) is refused, so a page on another site cannot reach the
archive by DNS rebinding (its requests carry that site's host name)."""
from __future__ import annotations

import sys

import tornado.web
from voila.app import Voila


class _WrongHost(tornado.web.RequestHandler):
    def prepare(self):
        self.set_status(403)
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish("Host tidak diizinkan: buka halaman ini lewat alamat yang dicetak `melati app`.\n")


def allowed_hosts(port: int) -> frozenset[str]:
    return frozenset({f"127.0.0.1:{port}", f"localhost:{port}"})


class HostCheckedVoila(Voila):
    def listen(self):
        # Voila has built its tornado application by now and starts serving in super().listen().
        app, allowed = self.app, allowed_hosts(self.port)
        find_handler = app.find_handler

        def checked(request, **kwargs):
            if request.host.lower() not in allowed:
                return app.get_handler_delegate(request, _WrongHost)
            return find_handler(request, **kwargs)

        app.find_handler = checked
        super().listen()


def main(argv: list[str] | None = None) -> None:
    HostCheckedVoila.launch_instance(argv if argv is not None else sys.argv[1:])


if __name__ == "__main__":
    main()
