"""A team warehouse whose data files are on S3-compatible object storage (FOI_LAKE_DATA_PATH=s3://bucket/prefix).

The storage is moto's S3 server, started here on 127.0.0.1 (a real S3 protocol server: DuckDB's httpfs talks
HTTP to it as to MinIO or AWS); the catalog is the real PostgreSQL of tests/lake_fixtures.py; httpfs comes from
its wheel, never downloaded.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap

import pytest

from benchmarks.lake_postgres import why_no_lake
from tests.lake_fixtures import ROOT, cannot, catalog, foi, team  # noqa: F401 (fixtures)
from warehouse import db, lake


# --- without a server ---------------------------------------------------------------------------------------

def test_the_object_storage_settings_are_the_aws_tools_own():
    assert lake.s3_secret({}) is None
    plain = lake.s3_secret({"AWS_ACCESS_KEY_ID": "AKIA1", "AWS_SECRET_ACCESS_KEY": "it's", "AWS_REGION": "eu-west-2"})
    assert plain == ("CREATE OR REPLACE TEMPORARY SECRET foi_lake_s3 (TYPE 's3', KEY_ID 'AKIA1', SECRET 'it''s', "
                     "REGION 'eu-west-2')")
    minio = lake.s3_secret({"AWS_ACCESS_KEY_ID": "k", "AWS_SECRET_ACCESS_KEY": "s",
                            "AWS_ENDPOINT_URL": "http://minio.newsroom.internal:9000"})
    assert "ENDPOINT 'minio.newsroom.internal:9000'" in minio and "USE_SSL False" in minio
    assert "URL_STYLE 'path'" in minio
    # the S3-specific endpoint wins, as in the AWS tools
    both = lake.s3_secret({"AWS_ENDPOINT_URL": "http://a:1", "AWS_ENDPOINT_URL_S3": "https://b:2"})
    assert "ENDPOINT 'b:2'" in both and "USE_SSL True" in both
    with pytest.raises(lake.LakeError, match="not an S3 server's address"):
        lake.s3_secret({"AWS_ENDPOINT_URL": "ftp://files"})


def test_the_data_path_keeps_an_s3_address_and_ends_in_a_slash(monkeypatch):
    monkeypatch.delenv("FOI_LAKE_DATA_PATH", raising=False)
    assert lake.data_path("s3://foi-lake/newsroom") == "s3://foi-lake/newsroom/"
    assert lake.data_path("s3://foi-lake/newsroom/") == "s3://foi-lake/newsroom/"
    assert lake.data_path(None) is None
    assert lake.is_remote("s3://b/p") and not lake.is_remote("/mnt/lake")


# --- a real S3 server -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def s3_server():
    """moto's S3 server on 127.0.0.1: yields (endpoint URL, boto3 client)."""
    reason = why_no_lake(object_storage=True)
    if reason:
        cannot(reason)
    try:
        import boto3
        from moto.server import ThreadedMotoServer
    except ImportError:
        cannot("moto's S3 server is not installed: pip install -e '.[test]'")
    # one log line per S3 call would bury a failure's output
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    client = boto3.client("s3", endpoint_url=endpoint, region_name="eu-west-2", aws_access_key_id="foi-test",
                          aws_secret_access_key="foi-test-secret")
    try:
        yield endpoint, client
    finally:
        server.stop()


@pytest.fixture
def s3_team(team, s3_server, tmp_path, monkeypatch):
    """A fresh lake whose data files go to s3://<new bucket>/newsroom: (address, env, bucket, client)."""
    address, env = team
    endpoint, client = s3_server
    bucket = f"foi-lake-{tmp_path.name.lower().replace('_', '-')}"[:63]
    client.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
    settings = {"FOI_LAKE_DATA_PATH": f"s3://{bucket}/newsroom", "AWS_ENDPOINT_URL": endpoint,
                "AWS_ACCESS_KEY_ID": "foi-test", "AWS_SECRET_ACCESS_KEY": "foi-test-secret",
                "AWS_REGION": "eu-west-2"}
    for key, value in settings.items():
        monkeypatch.setenv(key, value)
    return address, {**env, **settings}, bucket, client


def _objects(client, bucket: str) -> list[str]:
    pages = client.get_paginator("list_objects_v2").paginate(Bucket=bucket)
    return [o["Key"] for page in pages for o in page.get("Contents", [])]


def test_a_crawl_and_a_rebuild_write_their_files_to_object_storage(s3_team, tmp_path, make_replay):
    from tests.crawl_helpers import FAST

    address, env, bucket, client = s3_team
    server = make_replay()
    fast = [arg for key, value in FAST.items() for arg in ("-s", f"{key}={value}")]
    crawled = foi("crawl", "whatdotheyknow", "--base-url", server.base_url, "--files-dir", str(tmp_path / "files"),
                  *fast, "--batch", "77", env=env)
    assert crawled.returncode == 0, crawled.stdout[-2000:] + crawled.stderr[-2000:]
    extracted = foi("extract", env=env)
    assert extracted.returncode == 0, extracted.stdout[-2000:] + extracted.stderr[-2000:]

    keys = _objects(client, bucket)
    assert keys and all(k.startswith("newsroom/") and k.endswith(".parquet") for k in keys), keys[:5]
    tables = {k.split("/")[2] for k in keys}
    assert {"requests", "attachments", "request_outcomes"} <= tables, sorted(tables)

    # an analyst who was told only the catalog's address: the catalog says the files are on S3, and the
    # credentials come from the AWS settings
    reader = {k: v for k, v in env.items() if k != "FOI_LAKE_DATA_PATH"}
    out = foi("sql", "--format", "csv", "SELECT count(*) AS n, count(DISTINCT batch_id) AS batches FROM requests",
              env=reader)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["n,batches", "30,1"]
    figures = foi("sql", "--format", "csv", "SELECT count(*) > 0 AS any FROM answers WHERE value IS NOT NULL",
                  env=reader)
    assert figures.stdout.split() == ["any", "true"], figures.stderr


WRITER = textwrap.dedent("""
    import sys
    from warehouse import db
    who = sys.argv[1]
    con = db.connect()
    for b in range(5):
        db.upsert(con, "requests", [{"request_id": f"{who}:{b}:{i}", "source": "whatdotheyknow",
                                     "title": "x" * 2000} for i in range(200)])
    con.close()
""")


def test_two_writers_at_once_on_object_storage_lose_nothing(s3_team, tmp_path):
    address, env, bucket, client = s3_team
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    writers = [subprocess.Popen([sys.executable, str(script), who], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True) for who in "ab"]
    for w in writers:
        _, err = w.communicate(timeout=300)
        assert w.returncode == 0, err[-2000:]
    con = db.connect(address, read_only=True)
    try:
        assert con.execute("SELECT left(request_id, 1), count(*) FROM requests GROUP BY 1 ORDER BY 1").fetchall() \
            == [("a", 1000), ("b", 1000)]
        assert lake.recorded_data_path(con) == f"s3://{bucket}/newsroom/"
    finally:
        con.close()
    assert any(k.startswith("newsroom/main/requests/") for k in _objects(client, bucket))


def test_a_bucket_that_is_not_there_is_named_in_a_clear_error(team, s3_server, monkeypatch):
    address, _ = team
    endpoint, _ = s3_server
    for key, value in {"FOI_LAKE_DATA_PATH": "s3://no-such-bucket/newsroom", "AWS_ENDPOINT_URL": endpoint,
                       "AWS_ACCESS_KEY_ID": "foi-test", "AWS_SECRET_ACCESS_KEY": "foi-test-secret"}.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(db.WarehouseUnreachable, match=r"no-such-bucket.*bucket in FOI_LAKE_DATA_PATH exists") as caught:
        db.connect(address)
    assert "foi-test-secret" not in str(caught.value)
    out = foi("extract", env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode != 0 and "NoSuchBucket" in out.stderr and "Traceback" not in out.stderr
