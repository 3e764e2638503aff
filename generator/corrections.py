"""The corrections file (`seeds/corrections.yaml`): fixes a person makes by hand.

It is a YAML list; each entry is one correction (README, "Corrections by hand"):

    - reject: count            # drop a wrong fact: count, quote, entity, source or date
      article: almaty-7-janvier
      text: "164"
      reason: figure withdrawn by the ministry
    - fix: count               # set fields of a fact
      article: almaty-7-janvier
      text: "18"
      set: {date: 2022-01-07}
    - merge: [OTSC, CSTO]      # one entity
      into: OTSC
    - split: Tokaïev           # mentions that are someone else
      into: Nurlan Tokaïev
      article: some-article
    - rename: OTSC
      to: Organisation du traité de sécurité collective

A malformed file is an error naming the file and line, what was expected and what was found.
"""

from __future__ import annotations

import datetime as dt

import yaml

from .errors import Problem, SeedError, quote_found
from .model import Correction, SourceRef

CORRECTIONS_FILE = "corrections.yaml"
FACT_KINDS = ("count", "quote", "entity", "source", "date")
ENTITY_TYPES = ("person", "organization", "location", "other")
ACTIONS = ("reject", "fix", "merge", "split", "rename")
SELECTORS = ("article", "sentence", "text")
KEYS = {
    "reject": {"reject", "reason", *SELECTORS},
    "fix": {"fix", "set", "reason", *SELECTORS},
    "merge": {"merge", "into", "reason"},
    "split": {"split", "into", "type", "reason", *SELECTORS},
    "rename": {"rename", "to", "reason"},
}
# Fields a `fix` may set, per kind of fact, with what each must be.
INT = "a whole number"
FIELDS = {
    "count": {"category": ("killed", "wounded", "arrested", "missing", "displaced", "participants", "other"),
              "value": INT, "low": INT, "high": INT,
              "qualifier": ("exact", "at_least", "more_than", "at_most", "less_than", "about", "range"),
              "who": str, "attributed_to": str, "date": dt.date},
    "quote": {"speaker": str, "text": str},
    "entity": {"type": ENTITY_TYPES},
    "source": {"name": str},
    "date": {"value": dt.date},
}


def parse_corrections(text: str, path: str) -> tuple[Correction, ...]:
    """The corrections in `text`; raise SeedError listing every problem, each with its line."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise SeedError([Problem(SourceRef(path, line), "corrections", "valid YAML",
                                 str(getattr(err, "problem", None) or err))]) from None
    if root is None:
        return ()
    problems: list[Problem] = []
    if not isinstance(root, yaml.SequenceNode):
        raise SeedError([Problem(SourceRef(path, root.start_mark.line + 1), "corrections",
                                 "a list of corrections ('- reject: ...', '- merge: ...')", _shape(root))])
    out = [c for node in root.value if (c := _entry(node, path, problems)) is not None]
    if problems:
        raise SeedError(problems)
    return tuple(out)


def _entry(node: yaml.Node, path: str, problems: list[Problem]) -> Correction | None:
    ref = SourceRef(path, node.start_mark.line + 1)
    if not isinstance(node, yaml.MappingNode):
        problems.append(Problem(ref, "correction", "'key: value' lines", _shape(node)))
        return None
    lines = {k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
    try:
        data = yaml.constructor.SafeConstructor().construct_mapping(node, deep=True)
    except yaml.constructor.ConstructorError as err:
        problems.append(Problem(ref, "correction", "plain keys and values", str(err.problem)))
        return None
    actions = [a for a in ACTIONS if a in data]
    if len(actions) != 1:
        found = ", ".join(actions) if actions else "none of them (keys: " + ", ".join(map(str, data)) + ")"
        problems.append(Problem(ref, "correction", f"exactly one of {', '.join(ACTIONS)}", found))
        return None
    action = actions[0]
    before = len(problems)
    for key in sorted(set(data) - KEYS[action], key=str):
        problems.append(Problem(SourceRef(path, lines.get(key, ref.line)), f"{action} correction",
                                f"one of the keys {', '.join(sorted(KEYS[action]))}", repr(key)))
    fields = _fields(action, data, SourceRef(path, lines.get(action, ref.line)), lines, problems)
    if len(problems) > before:
        return None
    return Correction(action=action, ref=ref, **fields)


def _fields(action: str, data: dict, ref: SourceRef, lines: dict[str, int],
            problems: list[Problem]) -> dict:
    """The Correction fields of one entry, checking each value's type."""
    def text(key: str, required: bool = False) -> str | None:
        value = data.get(key)
        if value is None and not required:
            return None
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
        problems.append(Problem(SourceRef(ref.path, lines.get(key, ref.line)), f"{action}: {key}",
                                "a name or a piece of text", _found(value)))
        return None

    fields = {"reason": text("reason") or "",
              **{key: text(key) for key in SELECTORS if key in KEYS[action]}}
    if action in ("split", "reject", "fix") and not any(fields[k] for k in SELECTORS):
        which = "mentions" if action == "split" else "fact"
        problems.append(Problem(ref, action, f"at least one of article, sentence, text to say which {which}",
                                "none"))
    if action in ("reject", "fix"):
        fields["kind"] = _choice(data[action], FACT_KINDS, ref, action, problems)
    if action == "fix":
        fields["changes"] = _changes(fields["kind"], data.get("set"),
                                     SourceRef(ref.path, lines.get("set", ref.line)), problems)
    if action == "merge":
        fields.update(names=_names(data["merge"], ref, problems), into=text("into"))
    if action in ("split", "rename"):
        fields.update(names=(text(action, True),), into=text("into" if action == "split" else "to", True))
    if action == "split":
        fields["type"] = _choice(data["type"], ENTITY_TYPES, ref, "split: type", problems) if "type" in data else None
    return fields


def _names(names: object, ref: SourceRef, problems: list[Problem]) -> tuple[str, ...]:
    if isinstance(names, list) and len(names) > 1 and all(isinstance(n, str) and n.strip() for n in names):
        return tuple(n.strip() for n in names)
    problems.append(Problem(ref, "merge", "a list of two names or more", _found(names)))
    return ()


def _changes(kind: str, values: object, ref: SourceRef, problems: list[Problem]) -> tuple:
    allowed = FIELDS.get(kind, {})
    if not isinstance(values, dict) or not values:
        problems.append(Problem(ref, "fix: set", f"'field: value' pairs, fields of a {kind or 'fact'}: "
                                f"{', '.join(allowed)}", _found(values)))
        return ()
    changes = []
    for key, value in sorted(values.items(), key=lambda kv: str(kv[0])):
        rule = allowed.get(key)
        if rule is None:
            problems.append(Problem(ref, "fix: set", f"a field of a {kind}: {', '.join(allowed)}", repr(key)))
        elif (error := _check(rule, value)) is not None:
            problems.append(Problem(ref, f"fix: set: {key}", error, _found(value)))
        else:
            changes.append((key, value.isoformat() if isinstance(value, dt.date) else value))
    return tuple(changes)


def _check(rule: object, value: object) -> str | None:
    """None when `value` follows `rule`, else what was expected."""
    if rule == INT:
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        return None if ok else "a whole number, 0 or more"
    if rule is dt.date:
        return None if isinstance(value, dt.date) or _is_iso_date(value) else "a date written YYYY-MM-DD"
    if rule is str:
        return None if isinstance(value, str) and value.strip() else "a piece of text"
    return None if value in rule else f"one of {', '.join(rule)}"


def _is_iso_date(value: object) -> bool:
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    return isinstance(value, str) and len(value) == 10


def _choice(value: object, choices: tuple[str, ...], ref: SourceRef, what: str, problems: list[Problem]) -> str:
    if value in choices:
        return value
    problems.append(Problem(ref, what, f"one of {', '.join(choices)}", _found(value)))
    return ""


def _found(value: object) -> str:
    """A value of the file as an error message shows it."""
    if value is None:
        return "nothing"
    if isinstance(value, str):
        return quote_found(value)
    flat = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10**6).strip()
    return flat.removesuffix("\n...").removesuffix("...").strip()[:60]


def _shape(node: yaml.Node) -> str:
    if isinstance(node, yaml.ScalarNode):
        return quote_found(node.value)
    return "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"

