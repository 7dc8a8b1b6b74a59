"""A small reader of Dockerfiles and ``.dockerignore`` files, for static checks.

It understands what ``deploy/docker/Dockerfile`` uses: comments, line
continuations, ``ARG``s before the first ``FROM`` (with their defaults, as a
build without ``--build-arg`` sees them), ``FROM IMAGE AS NAME`` stages, exec
(JSON) and shell forms, and instruction flags such as ``COPY --from=STAGE``.
``.dockerignore`` patterns follow Docker's rules: ``*``, ``?``, ``**`` and ``[...]``
(matched by ``pathspec``), ``!`` exceptions, the last matching pattern wins, and a
pattern that matches a folder covers its contents.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

import pathspec
import pathspec.util


@dataclass
class Instruction:
    keyword: str
    """In capitals: FROM, RUN, COPY, ..."""
    arguments: str
    """Everything after the keyword, continuation lines joined."""

    @property
    def exec_form(self) -> list[str] | None:
        """The argument list of an exec-form (JSON array) instruction, else None.

        For HEALTHCHECK, the exec form of the command after its options and ``CMD``.
        """
        text = self.arguments
        if self.keyword == "HEALTHCHECK":
            text = re.sub(r"^(--\S+\s+)*CMD\s+", "", text)
        if not text.startswith("["):
            return None
        value = json.loads(text)
        assert isinstance(value, list) and all(isinstance(item, str) for item in value)
        return value

    @property
    def flags(self) -> dict[str, str]:
        """``--name=value`` flags at the start of the arguments (``COPY --from=build``)."""
        found = {}
        for word in shlex.split(self.arguments):
            if not word.startswith("--"):
                break
            name, _, value = word[2:].partition("=")
            found[name] = value
        return found

    @property
    def words(self) -> list[str]:
        """The arguments without flags, split as a shell would."""
        return [word for word in shlex.split(self.arguments) if not word.startswith("--")]


@dataclass
class Stage:
    base: str
    name: str
    instructions: list[Instruction] = field(default_factory=list)

    def all(self, keyword: str) -> list[Instruction]:
        return [item for item in self.instructions if item.keyword == keyword]


@dataclass
class Dockerfile:
    stages: list[Stage]
    args: dict[str, str] = field(default_factory=dict)
    """The ``ARG``s declared before the first ``FROM``, with their defaults."""

    @classmethod
    def parse(cls, path: Path) -> Dockerfile:
        stages: list[Stage] = []
        args: dict[str, str] = {}
        for line in _logical_lines(path.read_text()):
            keyword, _, arguments = line.partition(" ")
            keyword = keyword.upper()
            arguments = arguments.strip()
            if keyword == "ARG" and not stages:
                name, _, default = arguments.partition("=")
                args[name] = default
            elif keyword == "FROM":
                words = arguments.split()
                name = words[2] if len(words) == 3 and words[1].upper() == "AS" else ""
                base = re.sub(r"\$\{(\w+)\}|\$(\w+)", lambda m: args[m[1] or m[2]], words[0])
                stages.append(Stage(base=base, name=name))
            else:
                assert stages, f"{keyword} before the first FROM in {path}"
                stages[-1].instructions.append(Instruction(keyword, arguments))
        return cls(stages, args)

    def stage(self, name: str) -> Stage:
        matches = [stage for stage in self.stages if stage.name == name]
        assert len(matches) == 1, f"no single stage named {name}"
        return matches[0]

    def chain(self, name: str) -> list[Stage]:
        """The stage and the stages it is built FROM, outermost base first."""
        names = {stage.name for stage in self.stages}
        stages = [self.stage(name)]
        while stages[0].base in names:
            stages.insert(0, self.stage(stages[0].base))
        return stages

    def effective(self, name: str, keyword: str) -> list[Instruction]:
        """Every ``keyword`` instruction that applies to stage ``name``, inherited first."""
        return [item for stage in self.chain(name) for item in stage.all(keyword)]

    def env(self, name: str) -> dict[str, str]:
        """The ENV variables stage ``name`` runs with (``KEY=VALUE`` form)."""
        variables: dict[str, str] = {}
        for instruction in self.effective(name, "ENV"):
            for word in shlex.split(instruction.arguments):
                key, _, value = word.partition("=")
                variables[key] = value
        return variables

    def external_bases(self) -> list[str]:
        names = {stage.name for stage in self.stages}
        return [stage.base for stage in self.stages if stage.base not in names]


def _logical_lines(text: str) -> list[str]:
    """Instructions one per line: comments dropped, continuation lines joined."""
    lines: list[str] = []
    current: list[str] = []
    for raw in text.splitlines():
        stripped = raw.strip()
        if stripped.startswith("#") or not stripped:
            continue
        if stripped.endswith("\\"):
            current.append(stripped[:-1].strip())
            continue
        lines.append(" ".join([*current, stripped]))
        current = []
    return lines


class DockerIgnore:
    """Which paths of the build context ``.dockerignore`` leaves out.

    Each pattern is matched by ``pathspec`` (git's wildcard syntax, which Docker's
    shares: ``*``, ``?``, ``**``, ``[...]`` classes, backslash escapes), anchored at
    the context's root as Docker anchors it; as in Docker, a pattern that matches a
    folder covers everything in it, and the last pattern that matches decides.
    """

    def __init__(self, path: Path) -> None:
        pattern = pathspec.util.lookup_pattern("gitignore")
        self.rules: list[tuple[bool, pathspec.Pattern]] = []
        for raw in path.read_text().splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            include = line.startswith("!")
            cleaned = line.removeprefix("!").strip().strip("/")
            self.rules.append((include, pattern("/" + cleaned)))

    def excludes(self, relative_path: str) -> bool:
        parts = relative_path.strip("/").split("/")
        prefixes = ["/".join(parts[: index + 1]) for index in range(len(parts))]
        excluded = False
        for include, pattern in self.rules:
            if any(pattern.match_file(prefix) for prefix in prefixes):
                excluded = not include
        return excluded
