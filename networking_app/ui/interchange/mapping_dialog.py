"""The columns of a CSV Rapport does not know: a guessed field for each, the user confirms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from networking_app.interchange.csv_layout import CsvLayout, Target


class ColumnMappingDialog(QDialog):
    """One row per column: its header, sample values, and the contact field it fills."""

    def __init__(self, path: Path, layout: CsvLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("column-mapping")
        self.setWindowTitle(self.tr("Columns of {file}").format(file=path.name))
        self.resize(720, 480)
        self.layout_ = layout
        intro = QLabel(
            self.tr(
                "Rapport does not know this kind of file. Check what each column holds;"
                " columns set to “Ignore” are left out."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(layout.header), 3)
        self.table.setObjectName("mapping-table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Examples"), self.tr("Contact field")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        labels = self.target_labels()
        self.combos: list[QComboBox] = []
        for row, (header, guess) in enumerate(zip(layout.header, layout.guessed, strict=True)):
            self.table.setItem(row, 0, QTableWidgetItem(header))
            samples = [r[row] for r in layout.samples if row < len(r) and r[row].strip()]
            self.table.setItem(row, 1, QTableWidgetItem(" · ".join(samples[:3])))
            combo = QComboBox()
            for target, label in labels.items():
                combo.addItem(label, target.value)
            combo.setCurrentIndex(combo.findData(guess.value))
            combo.setAccessibleName(self.tr("Field for column {name}").format(name=header))
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 200)
        self.problem = QLabel()
        self.problem.setObjectName("mapping-problem")
        self.problem.setStyleSheet("color: palette(highlight);")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.table, 1)
        box.addWidget(self.problem)
        box.addWidget(buttons)

    def target_labels(self) -> dict[Target, str]:
        return {
            Target.IGNORE: self.tr("Ignore"),
            Target.GIVEN_NAME: self.tr("First name"),
            Target.MIDDLE_NAME: self.tr("Middle name"),
            Target.FAMILY_NAME: self.tr("Last name"),
            Target.FULL_NAME: self.tr("Full name"),
            Target.NICKNAME: self.tr("Nickname"),
            Target.ORGANISATION: self.tr("Organisation"),
            Target.DEPARTMENT: self.tr("Department"),
            Target.ROLE: self.tr("Role"),
            Target.INDUSTRY: self.tr("Industry"),
            Target.CITY: self.tr("City"),
            Target.EMAIL: self.tr("Email"),
            Target.PHONE: self.tr("Phone"),
            Target.URL: self.tr("Web address"),
            Target.LINKEDIN: self.tr("LinkedIn profile"),
            Target.SOCIAL: self.tr("Social profile"),
            Target.BIRTHDAY: self.tr("Birthday"),
            Target.BIRTH_YEAR: self.tr("Birth year"),
            Target.BIRTH_MONTH: self.tr("Birth month"),
            Target.BIRTH_DAY: self.tr("Birth day"),
            Target.NOTES: self.tr("Notes"),
            Target.TAGS: self.tr("Tags"),
            Target.CONNECTED_ON: self.tr("Connected on (date)"),
            Target.CIRCLE: self.tr("Circle"),
            Target.CHANNEL: self.tr("Channel"),
        }

    def mapping(self) -> list[Target]:
        return [Target(combo.currentData()) for combo in self.combos]

    def set_target(self, column: int, target: Target) -> None:
        self.combos[column].setCurrentIndex(self.combos[column].findData(target.value))

    def accept(self) -> None:
        names = {
            Target.GIVEN_NAME,
            Target.FAMILY_NAME,
            Target.FULL_NAME,
            Target.NICKNAME,
            Target.ORGANISATION,
            Target.EMAIL,
            Target.PHONE,
        }
        if not names & set(self.mapping()):
            self.problem.setText(
                self.tr(
                    "Choose at least one column holding a name, an organisation, an"
                    " email or a phone."
                )
            )
            return
        super().accept()
