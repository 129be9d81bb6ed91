"""Block constructors for the reply letters.

Every block becomes exactly one paragraph of the letter (except PB and TBL),
and exactly one gold line (TBL: one gold line per cell, row by row).
Inline markup in texts: **bold**, __italic__ (stripped in the gold text).
q: "g" for general, or space-separated question ids, primary first.
m: marked flag; None = letter default for answer paragraphs (general is always False).
"""

QTOPIC = {"1a": "products_and_clients", "1b": "deployment_scale", "1c": "disclosure_commitment",
          "2a": "due_diligence", "2b": "stakeholder_engagement", "2c": "mitigation",
          "2d": "grievance_mechanism", "2e": "policy_commitment", "3": "exit_and_restrictions"}


def _b(kind, q, topic, text, **kw):
    d = dict(kind=kind, q=q, topic=topic, text=text)
    d.update(kw)
    return d


def H(text, st="LH", lang=None):            # letterhead line
    return _b("letterhead", "g", "other", text, st=st, lang=lang)


def L(text, st=None, lang=None):             # date, addressee, ref, subject, greeting, closing
    return _b("letter", "g", "other", text, st=st, lang=lang)


def SIG(text, lang=None):                    # signature block line
    return _b("letter", "g", "other", text, st="Sig", lang=lang)


def GP(text, st=None, lang=None):            # general body paragraph (thanks, background, closing sentence)
    return _b("paragraph", "g", "other", text, st=st, lang=lang)


def SP(text, lang=None):                     # small-print sentence at the end of the letter body
    return _b("paragraph", "g", "other", text, st="Small", lang=lang)


def P(q, topic, text, m=None, lang=None, st=None):
    return _b("paragraph", q, topic, text, m=m, lang=lang, st=st)


def HD(q, topic, text, lvl=2, m=None, lang=None, render="h"):
    """heading; render 'h' = Word heading style, 'b' = bold paragraph"""
    if topic is None:
        topic = "other" if q == "g" else QTOPIC[q.split()[0]]
    return _b("heading", q, topic, text, lvl=lvl, m=m, lang=lang, render=render)


def Q(q, text, render="b", lvl=3, lang=None):
    """restated question"""
    return _b("question", q, QTOPIC[q.split()[0]], text, render=render, lvl=lvl, m=True, lang=lang)


def LI(q, topic, text, lt="ul", m=None, lang=None):
    return _b("list_item", q, topic, text, lt=lt, m=m, lang=lang)


def AX(q, topic, text, m=False, lang=None, st=None):
    return _b("annex", q, topic, text, m=m, lang=lang, st=st)


def PB():
    return dict(kind="_pagebreak")


def C(kind, q, topic, text, m=None, lang=None):
    """table cell: kind in table_header, table_label, table_question, table_answer"""
    if topic is None:
        topic = "other" if q == "g" else QTOPIC[q.split()[0]]
    return dict(kind=kind, q=q, topic=topic, text=text, m=m, lang=lang)


def TBL(rows, widths):
    """rows: list of lists of C(...); first row is the header row"""
    return dict(kind="_table", rows=rows, widths=widths)
