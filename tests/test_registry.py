from click.testing import CliRunner

from foi.cli import cli
from warehouse import db, registry


def test_register_keys_councils_by_code_and_joins_wdtk_and_gss():
    barnet = [c for c in registry.councils() if c.code == "BNE"][0]
    assert barnet.gss_code == "E09000003"
    assert barnet.nation == "England" and barnet.authority_type == "LBO"
    assert barnet.population and barnet.population > 300_000
    assert registry.authority_key_for(wdtk_id=barnet.wdtk_id) == "BNE"
    assert registry.authority_key_for(gss_code="E09000003") == "BNE"
    assert registry.authority_key_for(wdtk_id=-1) is None


def test_register_rejects_a_file_that_is_not_the_register(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,code\nBarnet,BNE\n")
    import pytest
    with pytest.raises(registry.RegisterError, match="local-authority-code"):
        registry.councils(bad)


def test_foi_authorities_loads_one_row_per_council_and_keeps_crawled_columns(tmp_path):
    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    db.upsert(con, "authorities", [{"authority_key": "BNE", "name": "Barnet", "wdtk_url_name": "barnet_borough_council",
                                    "source": "whatdotheyknow"}])
    con.close()
    result = CliRunner().invoke(cli, ["authorities", "--db", str(path)])
    assert result.exit_code == 0, result.output
    con = db.connect(path, read_only=True)
    n_register = len(registry.councils())
    assert con.execute("SELECT count(*) FROM authorities").fetchall()[0][0] == n_register
    row = con.execute("SELECT wdtk_url_name, population FROM authorities WHERE authority_key='BNE'").fetchall()[0]
    assert row[0] == "barnet_borough_council" and row[1] > 300_000
