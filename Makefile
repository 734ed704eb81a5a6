# Two commands for a newcomer: `make demo` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
MELATI := $(VENV)/bin/melati
DEMO   := examples/demo

LOCK   := constraints.txt

.PHONY: demo test venv test-venv lab bench eval probe clean lock fuzz

# Installs the tested set of packages in $(LOCK) (pyproject.toml keeps ranges for library users).
$(VENV)/.installed: pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c $(LOCK) -e '.[test,lab]'
	$(PY) -m ipykernel install --sys-prefix --name melati-archive --display-name "melati-archive" >/dev/null
	touch $@

venv: $(VENV)/.installed

demo: venv
	$(MELATI) --home . reindex
	$(MELATI) --home $(DEMO) reindex
	@echo; echo '$$ melati --home . search "ide hebat"'
	$(MELATI) --home . search "ide hebat"
	@echo; echo '$$ melati --home . quotes --speaker Yani --cite'
	$(MELATI) --home . quotes --speaker Yani --cite
	@echo; echo '$$ melati --home $(DEMO) search pelatihan --limit 5'
	$(MELATI) --home $(DEMO) search pelatihan --limit 5
	@echo; echo '$$ melati --home $(DEMO) search "tanggal:2025" --sort date --limit 5'
	$(MELATI) --home $(DEMO) search "tanggal:2025" --sort date --limit 5
	@echo; $(PY) -m melati_archive.reports.busiest $(DEMO) | xargs -I{} $(MELATI) --home $(DEMO) report monthly --month {}

test: venv
	$(PY) -m pytest -q

lab: venv
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks

bench: venv
	$(PY) bench/index_bench.py
	$(PY) bench/import_bench.py
	$(PY) bench/report_bench.py
	$(PY) bench/search_quality.py

eval: venv
	$(PY) bench/eval_quotes.py
	$(PY) bench/eval_people.py --quiet
	$(PY) bench/eval_acronyms.py --quiet
	$(PY) bench/eval_wrapped.py

# Probes: forms of writing and typing, on short texts of the project's own (bench/probe_*.py)
probe: venv
	@status=0; for p in bench/probe_*.py; do $(PY) $$p || status=1; done; exit $$status

# Refresh $(LOCK): the newest versions pyproject.toml's ranges allow, installed into a scratch venv
# and frozen. Run `make test` after it and commit the file with the test result.
lock:
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install -q --upgrade pip
	.venv-lock/bin/python -m pip install -q -e '.[test,lab]'
	{ echo "# The tested set of packages \`make venv\` (so \`make demo\` and \`make test\`) installs, as pip constraints."; \
	  echo "# pyproject.toml keeps ranges for library users; refresh this file with \`make lock\` (docs/limits.md)."; \
	  .venv-lock/bin/python -m pip freeze --exclude-editable --all | grep -v -i -E '^(pip|setuptools|wheel|melati-archive)=='; \
	} > $(LOCK).new
	mv $(LOCK).new $(LOCK)
	rm -rf .venv-lock
	@echo "$(LOCK) refreshed; run \`make clean test\` before committing it"

fuzz: venv
	$(PY) bench/fuzz.py

clean:
	# index/* does not match index/.gitkeep (a dotfile), which stays tracked
	rm -rf $(VENV) index/* $(DEMO)/index reports $(DEMO)/reports
