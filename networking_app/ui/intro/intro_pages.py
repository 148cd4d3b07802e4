"""The wizard's first three pages: who to meet and why, who introduces, is it fair to ask."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from networking_app.domain.board import ContactCard
from networking_app.domain.introductions import IntroducerFacts
from networking_app.domain.text import fold, query_terms
from networking_app.domain.vocabulary import Circle
from networking_app.services.workspace import Workspace
from networking_app.ui.intro import background
from networking_app.ui.intro.intro_labels import tie_labels, warning_texts
from networking_app.ui.labels import circle_labels, since_label

SHOWN = 200  # rows listed at once; typing narrows the rest down
_ID = Qt.ItemDataRole.UserRole
#: "Why this person" must say at least this much before going on.
REQUIRED_WHY_WORDS = 4


class _Search(QLineEdit):
    """A filter field whose Up/Down keys move the list below it."""

    def __init__(self, move: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._move = move
        self.setClearButtonEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._move(1 if event.key() == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)


def _text_box(placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setMaximumHeight(90)
    return box


class TargetPage(QWizardPage):
    """Step 1: the person to meet (usually from To meet) and why them, specifically."""

    def __init__(self, workspace: Workspace, new_contact: Callable[[], object]) -> None:
        super().__init__()
        self.workspace = workspace
        self.setTitle(self.tr("Who would you like to meet?"))
        self.setSubTitle(
            self.tr("People from your “To meet” circle come first. Type to find anyone else.")
        )
        self.cards: list[ContactCard] = []
        self.loaded = False
        self._pending: int | None = None  # the contact to select once the list is read
        self._job: background.BackgroundRead | None = None
        self.status = QLabel()
        self.status.setStyleSheet("color: palette(placeholder-text);")
        self.search = _Search(self._move)
        self.search.setPlaceholderText(self.tr("Type a name, an organisation…"))
        self.search.setAccessibleName(self.tr("Find the person to meet"))
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Person to meet"))
        self.new_button = QPushButton(self.tr("New Contact…"))
        self.new_button.setToolTip(self.tr("Add the person to your “To meet” circle"))
        self.new_button.clicked.connect(new_contact)
        self.why = _text_box(
            self.tr(
                "What do you hope from this connection? Be specific: their experience,"
                " a question only they can answer…"
            )
        )
        self.why.setAccessibleName(self.tr("Why this person"))
        self.why_hint = QLabel()
        self.why_hint.setWordWrap(True)
        self.why_hint.setStyleSheet("color: palette(placeholder-text);")
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.people, 1)
        why_label = QLabel(self.tr("&Why this person? (required)"))
        why_label.setBuddy(self.why)
        layout.addWidget(why_label)
        layout.addWidget(self.why)
        layout.addWidget(self.why_hint)
        self.search.textChanged.connect(self._fill)
        self.people.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.why.textChanged.connect(self._why_changed)
        self._why_changed()

    def reload(self, select: int | None = None) -> None:
        """Read the contacts on a worker thread (a second at 30,000); ``select`` one then."""
        if select is not None:
            self._pending = select
        self.loaded = False
        self.status.setText(self.tr("Reading your contacts…"))
        self._job = background.start(
            self.workspace.contacts.cards_on_worker_thread, self._loaded, self._failed
        )

    def _failed(self) -> None:
        self.status.setText(self.tr("Your network could not be read; the log says why."))

    def _loaded(self, cards: object) -> None:
        assert isinstance(cards, list)
        # To meet first, then everyone else, each by name
        self.cards = sorted(cards, key=lambda c: (c.circle is not Circle.TARGET, c.sort_name))
        self.loaded = True
        self.status.clear()
        select, self._pending = self._pending, None
        self._fill(select=select)

    def _fill(self, _text: str = "", select: int | None = None) -> None:
        terms = query_terms(self.search.text())
        shown = [c for c in self.cards if all(t in c.search_text for t in terms)][:SHOWN]
        chosen = next((c for c in self.cards if c.id == select), None)
        if chosen is not None and chosen not in shown:
            shown.insert(0, chosen)  # the person the wizard was opened for, whatever the filter
        circles = circle_labels()
        self.people.clear()
        for card in shown:
            where = " · ".join(p for p in (card.role, card.organisation) if p)
            text = f"{card.name} — {where}" if where else card.name
            item = QListWidgetItem(f"{text}    ({circles[card.circle]})")
            item.setData(_ID, card.id)
            self.people.addItem(item)
            if card.id == select:
                self.people.setCurrentItem(item)
        if self.people.currentRow() < 0 and self.people.count():
            self.people.setCurrentRow(0)
        self.completeChanged.emit()

    def _move(self, step: int) -> None:
        row = max(0, min(self.people.count() - 1, self.people.currentRow() + step))
        self.people.setCurrentRow(row)

    def select(self, contact_id: int) -> None:
        self.search.clear()
        self.reload(select=contact_id)

    def target_id(self) -> int | None:
        item = self.people.currentItem()
        return int(item.data(_ID)) if item is not None else None

    def target_name(self) -> str:
        cid = self.target_id()
        return next((c.name for c in self.cards if c.id == cid), "")

    def _why_changed(self) -> None:
        words = len(self.why.toPlainText().split())
        self.why_hint.setText(
            ""
            if words >= REQUIRED_WHY_WORDS
            else self.tr("Say specifically why this person, in a few words at least.")
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (
            self.target_id() is not None
            and len(self.why.toPlainText().split()) >= REQUIRED_WHY_WORDS
        )


class IntroducerPage(QWizardPage):
    """Step 2: who introduces you; the best-placed first, anyone may be chosen."""

    COLUMNS = 5

    def __init__(self, workspace: Workspace, target_id: Callable[[], int | None]) -> None:
        super().__init__()
        self.workspace, self._target_id = workspace, target_id
        self.setTitle(self.tr("Who could introduce you?"))
        self.candidates: list[IntroducerFacts] = []
        self.loaded_for: int | None = None  # the target the candidates were ranked for
        self._job: background.BackgroundRead | None = None
        self.search = _Search(self._move)
        self.search.setPlaceholderText(self.tr("Type to find anyone in your network…"))
        self.search.setAccessibleName(self.tr("Find the introducer"))
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.tr("Possible introducers"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Why them"),
                self.tr("Strength"),
                self.tr("Given / asked (12 months)"),
                self.tr("Last contact"),
            ]
        )
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.search.textChanged.connect(lambda _t: self._fill())
        self.table.currentItemChanged.connect(lambda *_: self.completeChanged.emit())

    def initializePage(self) -> None:
        """Rank the candidates on a worker thread (a second or two at 30,000 contacts)."""
        target = self._target_id()
        self.candidates = []
        self.loaded_for = None
        self.table.clear()
        self.note.setText(self.tr("Ranking the people who could introduce you…"))
        if target is not None:
            intros = self.workspace.introductions
            self._job = background.start(
                lambda: (target, intros.candidates_on_worker_thread(target)),
                self._ranked,
                self._failed,
            )
        self.setSubTitle(
            self.tr(
                "Those who know {name} come first, then those who bridge into their"
                " organisation or industry."
            ).format(name=self.wizard().target_page.target_name())  # type: ignore[attr-defined]
        )
        self.search.clear()
        self.search.setFocus()
        self.completeChanged.emit()

    def _failed(self) -> None:
        self.note.setText(self.tr("Your network could not be read; the log says why."))

    def _ranked(self, result: object) -> None:
        assert isinstance(result, tuple)
        target: int = result[0]
        candidates: list[IntroducerFacts] = result[1]
        if target != self._target_id():  # the user went back and chose someone else
            return
        self.candidates, self.loaded_for = candidates, target
        declined = self.workspace.introductions.declined_names(target)
        self.note.setText(
            self.tr(
                "Not proposed again, since they declined before for this person: {names}."
            ).format(names=", ".join(declined))
            if declined
            else ""
        )
        self._fill()

    def _fill(self) -> None:
        terms = query_terms(self.search.text())
        ties = tie_labels()
        now = self.workspace.clock.now()
        self.table.clear()
        items: list[QTreeWidgetItem] = []
        for c in self.candidates:
            if len(items) >= SHOWN:
                break
            if terms and not all(t in fold(c.name) for t in terms):
                continue
            days = (now - c.last_contact).days if c.last_contact else None
            strength = "●" * c.strength + "○" * (5 - c.strength) if c.strength else "—"
            item = QTreeWidgetItem(
                [
                    c.name,
                    ties[c.tie],
                    strength,
                    f"{c.given_12m} / {c.asked_12m}",
                    since_label(days),
                ]
            )
            item.setData(0, _ID, c.contact_id)
            items.append(item)
        self.table.addTopLevelItems(items)
        for column in range(1, self.COLUMNS):
            self.table.resizeColumnToContents(column)
        # the tree sizes a column from the rows on screen only: measure every name
        metrics = self.table.fontMetrics()
        widest = max((metrics.horizontalAdvance(i.text(0)) for i in items), default=80)
        self.table.setColumnWidth(0, widest + 24)
        if items:
            self.table.setCurrentItem(items[0])
        self.completeChanged.emit()

    def _move(self, step: int) -> None:
        count = self.table.topLevelItemCount()
        if not count:
            return
        current = self.table.currentItem()
        row = self.table.indexOfTopLevelItem(current) if current else -1
        item = self.table.topLevelItem(max(0, min(count - 1, row + step)))
        if item is not None:
            self.table.setCurrentItem(item)

    def chosen(self) -> IntroducerFacts | None:
        item = self.table.currentItem()
        if item is None:
            return None
        cid = int(item.data(0, _ID))
        return next((c for c in self.candidates if c.contact_id == cid), None)

    def isComplete(self) -> bool:
        return self.chosen() is not None


class ReadinessPage(QWizardPage):
    """Step 3: the guide's "quand solliciter" — warnings that explain, never block."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.setTitle(self.tr("Is it the right ask, at the right time?"))
        self.setSubTitle(
            self.tr(
                "Give before you ask, be specific and reasonable. The checks below never block you."
            )
        )
        self.context = _text_box(self.tr("Your situation in a sentence (optional)"))
        self.context.setAccessibleName(self.tr("Context"))
        self.ask = _text_box(self.tr("Exactly what you ask for, e.g. “a 20-minute call next week”"))
        self.ask.setAccessibleName(self.tr("The ask"))
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        self.checks.setAccessibleName(self.tr("Readiness checks"))
        layout = QVBoxLayout(self)
        for text, box in (
            (self.tr("&Context:"), self.context),
            (self.tr("The &ask (required):"), self.ask),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            layout.addWidget(label)
            layout.addWidget(box)
        layout.addWidget(self.checks, 1, Qt.AlignmentFlag.AlignTop)
        self.context.textChanged.connect(self.completeChanged)
        self.ask.textChanged.connect(self._check)

    def initializePage(self) -> None:
        self._check()
        self.ask.setFocus() if self.context.toPlainText() else self.context.setFocus()

    def warnings(self) -> list[str]:
        wizard = self.wizard()
        introducer = wizard.introducer_page.chosen()  # type: ignore[attr-defined]
        why = wizard.target_page.why.toPlainText()  # type: ignore[attr-defined]
        found = self.workspace.introductions.readiness(
            introducer,
            why,
            self.ask.toPlainText(),
            wizard.request_id,  # type: ignore[attr-defined]
        )
        texts = warning_texts()
        return [texts[w] for w in found]

    def _check(self) -> None:
        found = self.warnings()
        if found:
            items = "".join(f"<li>{w}</li>" for w in found)
            self.checks.setText(self.tr("<b>Before you ask:</b>") + f"<ul>{items}</ul>")
        else:
            self.checks.setText(
                self.tr("<b>Ready:</b> you gave first, the ask is specific and reasonable.")
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.ask.toPlainText().strip())
