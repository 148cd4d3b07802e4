"""Before an import is stored: what will be added, the possible duplicates (merge, keep
both or skip, one by one or all at once) and the parts of the files left out."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from networking_app.interchange.model import Decision
from networking_app.services.interchange import ImportPlan
from networking_app.ui.interchange.problem_text import problem_text


class ImportPreviewDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-preview")
        self.setWindowTitle(self.tr("Import Contacts"))
        self.resize(820, 560)
        self.plan = plan
        box = QVBoxLayout(self)
        duplicates = plan.duplicates
        new = len(plan.contacts) - len(duplicates)
        if plan.restore is not None:
            table = plan.restore.tables.get("contact")
            trashed = (len(table.rows) if table else 0) - len(plan.contacts)
            text = (
                self.tr(
                    "This backup will restore the whole database: {count} contacts (and"
                    " {trashed} in the trash) with their interactions, introductions and"
                    " settings."
                )
                if trashed
                else self.tr(
                    "This backup will restore the whole database: {count} contacts with their"
                    " interactions, introductions and settings."
                )
            ).format(count=len(plan.contacts), trashed=trashed)
        else:
            text = self.tr(
                "New contacts: {new} · Possible duplicates: {dups} · Left out: {rejected}"
            ).format(new=new, dups=len(duplicates), rejected=len(plan.rejected))
        self.summary = QLabel(text)
        self.summary.setObjectName("import-summary")
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)

        self.combos: dict[int, QComboBox] = {}
        if duplicates:
            box.addWidget(QLabel(self.tr("These contacts look like people you already have:")))
            self.table = QTableWidget(len(duplicates), 4)
            self.table.setObjectName("duplicates-table")
            self.table.setHorizontalHeaderLabels(
                [
                    self.tr("In the file"),
                    self.tr("Already known as"),
                    self.tr("Same"),
                    self.tr("Action"),
                ]
            )
            self.table.verticalHeader().hide()
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            reasons = {
                "email": self.tr("email"),
                "phone": self.tr("phone"),
                "name and organisation": self.tr("name and organisation"),
                "card": self.tr("same card"),
                "profile": self.tr("profile page"),
            }
            for row, index in enumerate(duplicates):
                planned = plan.contacts[index]
                draft = planned.contact.draft
                shown = f"{draft.name} ({draft.organisation})" if draft.organisation else draft.name
                self.table.setItem(row, 0, QTableWidgetItem(shown))
                self.table.setItem(row, 1, QTableWidgetItem(planned.match_label))
                reason = planned.match.reason if planned.match else ""
                self.table.setItem(row, 2, QTableWidgetItem(reasons.get(reason, reason)))
                combo = self._decision_combo()
                combo.setAccessibleName(self.tr("Action for {name}").format(name=draft.name))
                self.table.setCellWidget(row, 3, combo)
                self.combos[index] = combo
            self.table.resizeColumnToContents(2)
            self.table.setColumnWidth(3, 170)
            box.addWidget(self.table, 2)
            all_row = QHBoxLayout()
            all_row.addWidget(QLabel(self.tr("For all duplicates:")))
            self.all_combo = self._decision_combo()
            self.all_combo.setAccessibleName(self.tr("Action for all duplicates"))
            all_row.addWidget(self.all_combo)
            self.apply_all_button = QPushButton(self.tr("&Apply to All"))
            self.apply_all_button.clicked.connect(self.apply_to_all)
            all_row.addWidget(self.apply_all_button)
            all_row.addStretch(1)
            box.addLayout(all_row)
        if plan.rejected:
            box.addWidget(QLabel(self.tr("These records cannot be imported and will be left out:")))
            self.rejected_text = QPlainTextEdit("\n".join(problem_text(p) for p in plan.rejected))
            self.rejected_text.setObjectName("rejected-list")
            self.rejected_text.setReadOnly(True)
            box.addWidget(self.rejected_text, 1)
        notes = plan.notes + plan.warnings
        if notes:
            self.notes_text = QPlainTextEdit("\n".join(problem_text(n) for n in notes))
            self.notes_text.setReadOnly(True)
            self.notes_text.setMaximumHeight(90)
            box.addWidget(QLabel(self.tr("Notes:")))
            box.addWidget(self.notes_text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(
            self.tr("Import the Valid Records") if plan.rejected else self.tr("&Import")
        )
        self.import_button.setEnabled(bool(plan.contacts))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def _decision_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Merge"), Decision.MERGE.value)
        combo.addItem(self.tr("Keep both"), Decision.KEEP_BOTH.value)
        combo.addItem(self.tr("Skip"), Decision.SKIP.value)
        return combo

    def apply_to_all(self) -> None:
        for combo in self.combos.values():
            combo.setCurrentIndex(self.all_combo.currentIndex())

    def set_decision(self, index: int, decision: Decision) -> None:
        combo = self.combos[index]
        combo.setCurrentIndex(combo.findData(decision.value))

    def decisions(self) -> dict[int, Decision]:
        return {index: Decision(combo.currentData()) for index, combo in self.combos.items()}
