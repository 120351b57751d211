"""The page side: from the text of a readout page to its structure.

Read the modules in the order the text flows through them:

- :mod:`~readout_parser.page.text`: lines with their offsets into the input,
  and white-space normalisation that keeps the map back to it;
- :mod:`~readout_parser.page.lines`: what each line looks like on its own
  (date, numbered item, bullet, photo, furniture, text), one pass per line;
- :mod:`~readout_parser.page.rules`: the ordered table of context rules that
  settle each line's kind from its neighbours;
- :mod:`~readout_parser.page.header`: breadcrumb, headline, date and captions;
- :mod:`~readout_parser.page.tree`: the lead and the tree of numbered sections;
- :mod:`~readout_parser.page.photos`: captions and credits, in every style;
- :mod:`~readout_parser.page.furniture`: what a web copy drags along that is
  not the readout ("Back to ...", "(END)", "(PDF)").

A new page variant goes where its difference is first visible: a new line
shape in ``lines``, a line whose meaning depends on its neighbours as a rule
in ``rules``, a new kind of furniture in ``furniture``. ``CONTRIBUTING.md``
walks through adding one.
"""
