"""Build the demo corpus the replay site serves: `python -m dev.build_corpus`.

    python -m dev.build_corpus                 # rewrite replay/corpus/ (same bytes every run)
    python -m dev.build_corpus --check         # exit 1 if replay/corpus/ differs from what would be written
    python -m dev.build_corpus --out /tmp/c    # write elsewhere
    python -m dev.build_corpus --synthetic --councils 400 --per-council 25 --out /tmp/big   # for benchmarks

The corpus models WhatDoTheyKnow's database (docs/architecture.md §1): real councils from mySociety's register,
one batch request about remote-working purchases in September 2021 with every kind of reply, a few hundred
everyday requests around it, and truth.json (§3) saying what each reply really contains.
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace

from dev.corpus_files import finish, parser
from dev.corpus_gen import batch as batch_mod
from dev.corpus_gen.assemble import assemble
from dev.corpus_gen.common import at, iso
from dev.corpus_gen.councils import batch_councils, body_json, load_register
from dev.corpus_gen.other import SNAPSHOT_DAY, requester_keys, threads_for
from replay.site.corpus import BUNDLED

CORPUS_DIR = BUNDLED
SEED = 20210929
BATCH_ID = 2417
OTHER_PER_COUNCIL = 8


def _users() -> list[dict]:
    people = [(batch_mod.REQUESTER, batch_mod.REQUESTER_NAME, "Freelance data journalist."),
              ("annotator", "Alex Reader", "")]
    people += [(k, n, "") for k, n in requester_keys()]
    return [{"key": k, "id": 100201 + 37 * i, "url_name": k, "name": n, "about_me": about, "ban_text": ""}
            for i, (k, n, about) in enumerate(people)]


def _synthetic_councils(register, n: int):
    out = []
    for k in range(n):
        c = register[k % len(register)]
        copy = k // len(register)
        if copy:
            c = replace(c, wdtk_id=900000 + k, code=f"{c.code}{copy}", name=f"{c.name} (synthetic {copy + 1})")
        out.append(c)
    return out


def build(synthetic: bool = False, councils: int = 400, per_council: int = 25, seed: int = SEED) -> dict[str, bytes]:
    """Every corpus file as {relative path: bytes}."""
    rng = random.Random(seed)
    register = load_register()
    chosen = _synthetic_councils(register, councils) if synthetic else batch_councils(register)
    batch = batch_mod.Batch(random.Random(rng.random()), chosen, synthetic=synthetic)
    threads = batch.threads()
    other_rng = random.Random(rng.random())
    per = max(per_council - 1, 0) if synthetic else OTHER_PER_COUNCIL
    for c in chosen:
        n = per if synthetic else other_rng.randint(per - 3, per + 4)
        threads += threads_for(random.Random(f"{c.code}-{c.wdtk_id}-{other_rng.random()}"), c, n, "other")
    body_rng = random.Random(rng.random())
    bodies = [body_json(c, with_log=body_rng.random() < 0.5 or c.code == "KEC") for c in chosen]
    batch_row = {"id": BATCH_ID, "title": batch_mod.BATCH_TITLE, "body": batch_mod.batch_body(),
                 "user_id": None, "sent_at": iso(batch_mod.BATCH_SENT)}
    users = _users()
    batch_row["user_id"] = next(u["id"] for u in users if u["key"] == batch_mod.REQUESTER)
    _, _, files = assemble(random.Random(rng.random()), threads, bodies, users,
                           {c.wdtk_id: c.code for c in chosen}, batch_row, at(SNAPSHOT_DAY, 12, 0))
    return files


def managed(rel: str) -> bool:
    """The files this tool owns in a corpus folder."""
    return rel in {"site.json", "truth.json"} or rel.startswith("files/")


def main(argv: list[str] | None = None) -> int:
    ap = parser("dev.build_corpus", __doc__, CORPUS_DIR)
    ap.add_argument("--synthetic", action="store_true", help="a big generated corpus for benchmarks (needs --out)")
    ap.add_argument("--councils", type=int, default=400, help="synthetic mode: number of councils (default 400)")
    ap.add_argument("--per-council", type=int, default=25, help="synthetic mode: requests per council (default 25)")
    args = ap.parse_args(argv)
    if args.synthetic and args.out is None:
        ap.error("--synthetic needs --out DIR, so the committed demo corpus is never overwritten")
    if args.councils < 1 or args.per_council < 1:
        ap.error("--councils and --per-council must be at least 1")
    files = build(synthetic=args.synthetic, councils=args.councils, per_council=args.per_council)
    return finish(files, args.out or CORPUS_DIR, managed, check_only=args.check, prog="dev.build_corpus")


if __name__ == "__main__":
    sys.exit(main())
