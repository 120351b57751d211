"""``python -m readout_parser``: the same as the ``readout-parser`` command."""

from readout_parser.cli import main

# The guard keeps an import of this module (doctest collection does one)
# from running the command.
if __name__ == "__main__":
    raise SystemExit(main())
