"""Faster spaCy inference on this kind of machine, shared by every stage that runs spaCy.

thinc's generic matrix kernel (blis) is slower here than numpy's BLAS; routing a
pipeline's matrix products through numpy gives the same annotations, measured 30 to 40%
faster for the scrub and the sensitive-topic screen (docs/PERFORMANCE.md).
"""

from __future__ import annotations


def _numpy_ops():
    import numpy
    from thinc.api import NumpyOps

    class NumpyGemmOps(NumpyOps):
        name = "training_gate_numpy_gemm"

        def gemm(self, x, y, out=None, trans1=False, trans2=False):
            x = x.T if trans1 else x
            y = y.T if trans2 else y
            if out is None:
                return numpy.matmul(x, y)
            numpy.matmul(x, y, out=out)
            return out

    return NumpyGemmOps()


def use_numpy_matrix_products(nlp) -> None:
    """Route the matrix products of every model in ``nlp``'s pipeline through numpy."""
    ops = _numpy_ops()
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


# Pattern keys the Matcher compares by plain equality on a value that ``Doc.to_array``
# reads the same way (both go through spaCy's ``get_token_attr``), with the name to read.
_EQUALITY_KEYS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "TAG": "TAG", "DEP": "DEP",
                  "IS_SPACE": "IS_SPACE"}
LOOKUP_ATTRIBUTE_RULER = "training_gate_lookup_attribute_ruler"


def _lookup_attribute_ruler(vocab, name: str):
    """spaCy's ``AttributeRuler`` with its one-token rules applied by dict lookup.

    The small English model's ruler is 180 patterns, nearly all one token compared for
    equality (``TAG`` -> POS and morphology, ``LOWER`` + ``TAG`` exceptions) or for
    membership (``IN``, ``NOT_IN``). The stock component runs them all through a
    ``Matcher`` and sets each match through a ``Span``; here a one-token pattern of
    equalities and ``IN`` lists is looked up per token by its values (an ``IN`` list is
    one entry per value; ``NOT_IN`` is checked on the entries found), and only the other
    patterns (``REGEX``, several tokens) go through a ``Matcher``. The rules found for a
    token are applied in rule order, later rules last, as the stock component sorts its
    matches, so every token ends with the same attributes.
    """
    from itertools import product
    from operator import itemgetter

    from spacy.attrs import IDS
    from spacy.errors import Errors
    from spacy.matcher import Matcher
    from spacy.pipeline import AttributeRuler
    from spacy.strings import get_string_id
    from spacy.tokens._retokenize import set_token_attrs

    class LookupAttributeRuler(AttributeRuler):
        def clear(self) -> None:
            super().clear()
            # looked-up columns -> {their values: [(rule, NOT_IN checks), ...]}
            self._lookups: dict[tuple[str, ...], dict] = {}
            self._other_matcher = Matcher(self.vocab, validate=self.validate)
            self._other_rules: dict[int, int] = {}  # match id -> rule
            self._plan = None

        def add(self, patterns, attrs: dict, index: int = 0) -> None:
            rule = len(self.attrs)
            super().add(patterns, attrs, index)
            for pattern in patterns:
                lookup = self._as_lookup(pattern, index)
                if lookup is None:
                    match_id = self.vocab.strings.add(str(rule))
                    self._other_matcher.add(match_id, [pattern])
                    self._other_rules[match_id] = rule
                    continue
                columns, keys, excluded = lookup
                table = self._lookups.setdefault(columns, {})
                for values in keys:
                    table.setdefault(values, []).append((rule, excluded))
            self._plan = None

        def _as_lookup(self, pattern, index: int):
            """For a one-token pattern of equalities, ``IN`` and ``NOT_IN`` lists on the columns of
            ``_EQUALITY_KEYS``: (columns, their value tuples that match, NOT_IN checks); else None.
            Values as the Matcher compares them: a string's id, a bool as 0 or 1."""
            if len(pattern) != 1 or index not in (0, -1):
                return None
            required: dict[str, list[int]] = {}
            excluded: list[tuple[str, frozenset]] = []
            for key, value in pattern[0].items():
                column = _EQUALITY_KEYS.get(str(key).upper())
                if column is None or column in required or column in {c for c, _ in excluded}:
                    return None
                if isinstance(value, (str, int)):  # bool is an int
                    required[column] = [self.vocab.strings.add(value) if isinstance(value, str) else int(value)]
                elif (isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN")
                      and all(isinstance(v, str) for v in next(iter(value.values())))):
                    (predicate, listed), = value.items()
                    ids = {get_string_id(v) for v in listed}
                    if predicate == "IN":
                        required[column] = sorted(ids)
                    else:
                        excluded.append((column, frozenset(ids)))
                else:
                    return None
            if not required:
                return None
            columns = tuple(sorted(required))
            return columns, list(product(*(required[c] for c in columns))), tuple(excluded)

        def _lookup_plan(self):
            columns = sorted({c for group in self._lookups for c in group}
                             | {c for table in self._lookups.values() for entries in table.values()
                                for _, excluded in entries for c, _ in excluded})

            def resolved(entries):
                return [(rule, tuple((columns.index(c), ids) for c, ids in excluded)) for rule, excluded in entries]

            plan = [(itemgetter(*(columns.index(c) for c in group)),
                     {(values if len(group) > 1 else values[0]): resolved(entries) for values, entries in table.items()})
                    for group, table in self._lookups.items()]
            return [IDS[c] for c in columns], plan

        def __call__(self, doc):
            error_handler = self.get_error_handler()
            try:
                self._apply(doc)
                return doc
            except Exception as e:
                return error_handler(self.name, self, [doc], e)

        def _apply(self, doc) -> None:
            if self._plan is None:
                self._plan = self._lookup_plan()
            columns, plan = self._plan
            rules_at: dict[int, list[int]] = {}
            if plan and len(doc):
                for position, row in enumerate(doc.to_array(columns).reshape(len(doc), -1).tolist()):
                    for read, table in plan:
                        for rule, excluded in table.get(read(row), ()):
                            if all(row[column] not in ids for column, ids in excluded):
                                rules_at.setdefault(position, []).append(rule)
            if len(self._other_matcher):
                for match_id, start, end in self._other_matcher(doc, allow_missing=True):
                    rule = self._other_rules[match_id]
                    index = self.indices[rule]
                    position = (start if index >= 0 else end) + index
                    if not start <= position < end:
                        raise ValueError(Errors.E1001.format(
                            patterns=self.matcher.get(str(rule)), span=[t.text for t in doc[start:end]], index=index))
                    rules_at.setdefault(position, []).append(rule)
            for position, rules in rules_at.items():
                token = doc[position]
                for rule in sorted(set(rules)):
                    set_token_attrs(token, self.attrs[rule])

    ruler = LookupAttributeRuler(vocab, name)
    ruler.clear()
    return ruler


def _make_lookup_attribute_ruler(nlp, name: str):
    return _lookup_attribute_ruler(nlp.vocab, name)


def use_lookup_attribute_ruler(nlp) -> None:
    """Replace ``nlp``'s ``attribute_ruler`` by the lookup one (``_lookup_attribute_ruler``), same rules."""
    from spacy.language import Language

    if "attribute_ruler" not in nlp.component_names:
        return
    if LOOKUP_ATTRIBUTE_RULER not in Language.factories:
        Language.factory(LOOKUP_ATTRIBUTE_RULER, func=_make_lookup_attribute_ruler)
    stock = nlp.get_pipe("attribute_ruler")
    if type(stock).__name__ == "LookupAttributeRuler":
        return
    patterns = stock.patterns
    nlp.replace_pipe("attribute_ruler", LOOKUP_ATTRIBUTE_RULER).add_patterns(patterns)
