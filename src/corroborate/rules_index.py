"""The English pipeline's attribute rules, matched through an index instead of spaCy's Matcher.

spaCy's `attribute_ruler` tries each of its ~180 token patterns (tag -> POS and morphology, word
exceptions for lemmas) at every token: about a seventh of the pipeline's time on news text. Nearly
every pattern fixes one token's tag or word, so `IndexedRules` looks candidates up by the token's
tag, word and dependency and checks only those. It yields the Matcher's matches, in the ruler's
order, and the ruler applies them as before; a pattern it cannot read leaves the Matcher in place.
"""
from __future__ import annotations

import re
from collections import defaultdict
from itertools import chain
from typing import Any

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc

_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # what the rules test, in a token's row
_INDEX_ORDER = ("LOWER", "DEP", "TAG", "IS_SPACE")  # the most selective first

Row = tuple[int, int, int, int]  # a token's TAG, LOWER and DEP string ids, and IS_SPACE
Check = tuple[int, int, str, Any]  # token offset, attribute (index in a row), operator, operand
_OPS = ("==", "IN", "NOT_IN", "REGEX")


class _Strings:
    """String ids of the values rules name."""

    def __init__(self, strings: StringStore) -> None:
        self.strings = strings

    def id(self, attr: str, value: object) -> int:
        return int(value) if attr == "IS_SPACE" else self.strings.add(str(value))

    def check(self, offset: int, attr: str, value: object) -> Check:
        k = _ATTRS.index(attr)
        if not isinstance(value, dict):
            return offset, k, "==", self.id(attr, value)
        (op, arg), = value.items()  # one operator per attribute, as in the pipeline's rules
        if op not in _OPS:
            raise ValueError(op)
        return offset, k, op, re.compile(arg) if op == "REGEX" else frozenset(self.id(attr, v) for v in arg)

    def keys(self, spec: dict) -> tuple[str | None, list[tuple[int, int]]]:
        """The attribute to look `spec` up by and its (attribute, id) keys; (None, []): check every token."""
        for attr in _INDEX_ORDER:
            value = spec.get(attr)
            k = _ATTRS.index(attr)
            if value is not None and not isinstance(value, dict):
                return attr, [(k, self.id(attr, value))]
            if isinstance(value, dict) and set(value) == {"IN"}:
                return attr, [(k, self.id(attr, v)) for v in value["IN"]]
        return None, []


class IndexedRules:
    """`(doc) -> sorted [(rule, match id, start, end)]`, what `AttributeRuler.match` returns."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = _Strings(ruler.vocab.strings)
        self.by_key: dict[tuple[int, int], list[tuple[int, int, int, list[Check]]]] = defaultdict(list)
        self.everywhere: list[tuple[int, int, int, list[Check]]] = []
        for rule_id in range(len(ruler.attrs)):
            for pattern in ruler.matcher.get(str(rule_id))[1]:
                if not pattern or any(set(spec) - set(_ATTRS) for spec in pattern):
                    raise ValueError(f"unindexable pattern {pattern}")  # operators such as "OP": keep the Matcher
                attr, keys = strings.keys(pattern[0])
                # the look-up itself checks the first token's indexed attribute
                checks = [strings.check(k, a, v) for k, spec in enumerate(pattern) for a, v in spec.items()
                          if (k, a) != (0, attr)]
                entry = (rule_id, ruler.vocab.strings[str(rule_id)], len(pattern), checks)
                for key in keys:
                    self.by_key[key].append(entry)
                if not keys:
                    self.everywhere.append(entry)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        rows: list[Row] = [tuple(r) for r in doc.to_array(list(_ATTRS)).tolist()]
        found = set()
        n = len(rows)
        get = self.by_key.get
        for i, row in enumerate(rows):
            entries = chain(self.everywhere, get((0, row[0]), ()), get((1, row[1]), ()), get((2, row[2]), ()),
                            get((3, row[3]), ()))  # (no new list per token: this runs at every token)
            for rule_id, match_id, length, checks in entries:
                end = i + length
                if end > n:
                    continue
                for offset, k, op, operand in checks:
                    value = rows[i + offset][k]
                    if not (value == operand if op == "==" else value in operand if op == "IN" else
                            value not in operand if op == "NOT_IN" else self._search(operand, value, doc)):
                        break
                else:
                    found.add((rule_id, match_id, i, end))
        return sorted(found)

    @staticmethod
    def _search(pattern: re.Pattern, value: int, doc: Doc) -> bool:
        return bool(pattern.search(doc.vocab.strings[value]))


def index_attribute_rules(nlp: Language) -> None:
    """Give the pipeline's `attribute_ruler` indexed matching, where all its patterns allow it."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        ruler.match = IndexedRules(ruler)  # type: ignore[method-assign]
    except (ValueError, KeyError):  # a rule it cannot read, or rules keyed otherwise: spaCy's Matcher stays
        pass
