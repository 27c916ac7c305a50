"""Jinja2 templates of the HTML report (a package so that packaging ships the .j2 files)."""
