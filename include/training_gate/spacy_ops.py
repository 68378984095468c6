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
    """spaCy's ``AttributeRuler`` with its one-token equality rules applied by dict lookup.

    The small English model's ruler is 180 patterns, nearly all one token compared for
    equality (``TAG`` -> POS and morphology, ``LOWER`` + ``TAG`` exceptions). The stock
    component runs them all through a ``Matcher`` and sets each match through a ``Span``;
    here they are looked up per token by value, and only the other patterns (``IN``,
    ``REGEX``, several tokens) go through a ``Matcher``. The rules found for a token are
    applied in rule order, later rules last, as the stock component sorts its matches, so
    every token ends with the same attributes.
    """
    from operator import itemgetter

    from spacy.attrs import IDS
    from spacy.errors import Errors
    from spacy.matcher import Matcher
    from spacy.pipeline import AttributeRuler
    from spacy.tokens._retokenize import set_token_attrs

    class LookupAttributeRuler(AttributeRuler):
        def clear(self) -> None:
            super().clear()
            self._lookups: dict[tuple[str, ...], dict] = {}  # read columns -> {values: [rule, ...]}
            self._other_matcher = Matcher(self.vocab, validate=self.validate)
            self._other_rules: dict[int, int] = {}  # match id -> rule
            self._plan = None

        def add(self, patterns, attrs: dict, index: int = 0) -> None:
            rule = len(self.attrs)
            super().add(patterns, attrs, index)
            for pattern in patterns:
                keys = self._equality_keys(pattern, index)
                if keys is None:
                    match_id = self.vocab.strings.add(str(rule))
                    self._other_matcher.add(match_id, [pattern])
                    self._other_rules[match_id] = rule
                    continue
                columns = tuple(sorted(set(keys.values())))
                values = tuple(self._matcher_value(pattern[0], keys, column) for column in columns)
                self._lookups.setdefault(columns, {}).setdefault(values, []).append(rule)
            self._plan = None

        @staticmethod
        def _equality_keys(pattern, index: int) -> dict[str, str] | None:
            """``{pattern key: column}`` for a one-token pattern of equalities only, else None."""
            if len(pattern) != 1 or index not in (0, -1):
                return None
            spec = pattern[0]
            keys = {key: _EQUALITY_KEYS.get(str(key).upper()) for key in spec}
            if not spec or None in keys.values() or not all(isinstance(v, (str, int)) for v in spec.values()):
                return None
            columns = list(keys.values())
            return keys if len(columns) == len(set(columns)) else None

        def _matcher_value(self, spec: dict, keys: dict[str, str], column: str) -> int:
            """The value as the Matcher compares it: a string's hash, a bool as 0 or 1."""
            value = next(spec[key] for key, read in keys.items() if read == column)
            return self.vocab.strings.add(value) if isinstance(value, str) else int(value)

        def _lookup_plan(self):
            columns = sorted({c for group in self._lookups for c in group})
            plan = [(itemgetter(*(columns.index(c) for c in group)), table if len(group) > 1
                     else {values[0]: rules for values, rules in table.items()})
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
                for position, row in enumerate(doc.to_array(columns).tolist()):
                    for read, table in plan:
                        rules = table.get(read(row))
                        if rules:
                            rules_at.setdefault(position, []).extend(rules)
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
