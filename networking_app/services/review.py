"""``networking-app review``: the Today view's agenda as text or as JSON (format in README)."""

from __future__ import annotations

from typing import Any

from networking_app.domain.reminders import Agenda, DueItem, DueKind, Ritual

#: Bumped only when a field changes meaning or disappears (new fields may appear).
JSON_VERSION = 1

_HEADINGS = {
    DueKind.KEEP_IN_TOUCH: "Keep in touch",
    DueKind.DORMANT: "Dormant ties to revive",
    DueKind.NEXT_STEP: "Next steps",
    DueKind.LIFE_EVENT: "Life events",
    DueKind.CUSTOM: "Your reminders",
    DueKind.INTRO_FOLLOW_UP: "Introduction follow-ups",
}
_WHY = {
    "overdue": "overdue for their cadence",
    "dormant_weak_tie": "a dormant weak tie worth reviving",
    "life_event_soon": "a life event coming up",
}
_RECONNECT = {
    "share": "share something relevant",
    "react": "react to their news",
    "coffee": "a coffee with no ask",
}


def item_json(item: DueItem) -> dict[str, Any]:
    people = [{"id": cid, "name": name} for cid, name in item.people]
    if not people and item.contact_id is not None:
        people = [{"id": item.contact_id, "name": item.contact_name}]
    return {
        "key": item.key,
        "kind": item.kind.value,
        "due": item.due.isoformat(),
        "days_late": item.days_late,
        "contact": people[0] if people else None,
        "contacts": people,
        "contact_ids": list(item.contact_ids),
        "title": item.title,
        "reason": item.reason,
        "cadence_days": item.cadence_days,
        "last_interaction": item.last_interaction.isoformat() if item.last_interaction else None,
        "event_kind": item.event_kind.value if item.event_kind else None,
        "source_id": item.source_id,
        "reconnect": [r.value for r in item.reconnect],
    }


def ritual_json(ritual: Ritual) -> dict[str, Any]:
    return {
        "week_start": ritual.week_start.isoformat(),
        "target": ritual.target,
        "contacted": list(ritual.contacted),
        "progress": len(ritual.contacted),
        "done": ritual.done,
        "suggestions": [
            {
                "contact": {"id": s.contact_id, "name": s.contact_name},
                "score": s.score,
                "why": list(s.why),
            }
            for s in ritual.suggestions
        ],
    }


def agenda_json(agenda: Agenda) -> dict[str, Any]:
    """The agenda as plain JSON values (documented in the README)."""
    return {
        "version": JSON_VERSION,
        "date": agenda.today.isoformat(),
        "due": [item_json(i) for i in agenda.due],
        "upcoming_events": [item_json(i) for i in agenda.upcoming_events],
        "next_steps": [item_json(i) for i in agenda.next_steps],
        "dormant": [item_json(i) for i in agenda.dormant],
        "ritual": ritual_json(agenda.ritual),
    }


def why_text(code: str) -> str:
    if code.startswith("neglected_category:"):
        return "a target category you neglect (" + code.partition(":")[2].replace("_", " ") + ")"
    return _WHY.get(code, code)


def _when(item: DueItem) -> str:
    if item.days_late == 0:
        return "today"
    if item.days_late > 0:
        return f"{item.days_late} day{'s' * (item.days_late != 1)} late"
    return f"in {-item.days_late} day{'s' * (item.days_late != -1)}"


def agenda_text(agenda: Agenda) -> str:
    """The agenda for a terminal, in English."""
    day = agenda.today
    late = agenda.due.overdue()
    lines = [f"Review for {day:%A} {day.day} {day:%B %Y}: {len(agenda.due)} due ({late} overdue)"]
    if agenda.due:
        for kind, heading in _HEADINGS.items():
            items = agenda.due.of_kind(kind)
            if items:
                lines += ["", f"{heading} ({len(items)})"]
                for item in items:
                    lines.append(f"  [{_when(item)}] {item.reason}")
                    if item.reconnect:
                        ideas = "; ".join(_RECONNECT[r.value] for r in item.reconnect)
                        lines.append(f"      ideas: {ideas}")
    else:
        lines += ["", "Nothing is due today."]
        if agenda.dormant:
            lines.append(f"A dormant tie to revive: {agenda.dormant[0].reason}")
    ritual = agenda.ritual
    state = " — done" if ritual.done else ""
    lines += [
        "",
        f"This week's ritual (week of {ritual.week_start.isoformat()}): "
        f"{len(ritual.contacted)} of {ritual.target} people contacted{state}",
    ]
    for s in ritual.suggestions:
        lines.append(f"  suggested: {s.contact_name} — {', '.join(why_text(w) for w in s.why)}")
    if agenda.upcoming_events:
        lines += ["", "Life events in the next 14 days"]
        lines += [f"  {i.due.isoformat()}  {i.reason}" for i in agenda.upcoming_events]
    if agenda.next_steps:
        lines += ["", f"Open next steps ({len(agenda.next_steps)})"]
        lines += [f"  {i.reason}" for i in agenda.next_steps]
    return "\n".join(lines)
