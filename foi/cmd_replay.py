"""`foi replay`: serve the WhatDoTheyKnow replay site in the foreground."""

from __future__ import annotations

from pathlib import Path

import click


@click.command(name="replay")
@click.option("--port", default=8042, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0 picks a free one).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; keep 127.0.0.1 unless you "
              "mean to share the replay on your network.")
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Corpus directory holding site.json (default: the bundled demo corpus in replay/corpus/).")
def replay(port: int, host: str, corpus_dir: Path | None) -> None:
    """Serve a local imitation of WhatDoTheyKnow built from a corpus.

    Point the spider at it by changing only the base URL:

    \b
        foi replay --port 8042
        foi crawl whatdotheyknow --batch 2417 --base-url http://127.0.0.1:8042

    Replay-only controls (not part of the imitated site) live under /__replay__/: GET hits, POST reset,
    GET/POST/DELETE faults, POST incoming. Stop with Ctrl-C.
    """
    from replay.server import ReplayServer
    from replay.site.corpus import CorpusError

    try:
        server = ReplayServer(corpus_dir, host=host, port=port)
    except CorpusError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"cannot serve on {host}:{port}: {exc}") from exc
    corpus = server.corpus
    click.echo(f"Serving {len(corpus.site['info_requests'])} requests to {len(corpus.site['public_bodies'])} "
               f"authorities from {corpus.root}")
    try:
        import threading

        # Bind first so the printed URL is the real one (port 0 picks a free port).
        server.start()
        click.echo(server.base_url, nl=True)
        click.echo("Press Ctrl-C to stop.", err=True)
        threading.Event().wait()
    except OSError as exc:
        raise click.ClickException(f"cannot serve on {host}:{port}: {exc}; try another --port") from exc
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        server.stop()
