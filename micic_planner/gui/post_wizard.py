"""Creating a post: its name, country, city and jurisdiction chosen from lists, its file, then its protection.

A real post is encrypted with a passphrase and gets its first administrator; only a training post
(fictional people) is left unencrypted, without accounts.
"""

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from micic_planner.core.countries import country_name
from micic_planner.core.models import Post
from micic_planner.core.paper import paper_for
from micic_planner.gui.country_picker import CountryBox, RegionList
from micic_planner.gui.fitted_dialog import FittedDialog
from micic_planner.gui.forms.post_form import PostForm, post_fields, validate_post
from micic_planner.gui.forms.record_form import ERROR_STYLE
from micic_planner.gui.place_search import PlaceSearch


def ask_protection(parent, path: Path, post: Post) -> tuple[str | None, tuple[str, str, str] | None] | None:
    """(passphrase, first administrator) for a real post, (None, None) for a training one; None if cancelled."""
    from micic_planner.gui.security.dialogs import FirstAdminDialog, PassphraseDialog

    if post.is_training:
        return None, None
    from micic_planner.core.passphrase import post_words

    passphrase = PassphraseDialog.ask(parent, path.name, new=True,
                                      user_inputs=post_words(post.name, post.city, post.host_country))
    if passphrase is None:
        return None
    admin = FirstAdminDialog.ask(parent, post.name)
    if admin is None:
        return None
    return passphrase, admin


def documents_dir() -> Path:
    """The user's Documents folder (a post file is a document the user must find again), else home."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def file_name_for(name: str) -> str:
    """A file name from the post's name, accents kept, without the characters Windows forbids."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", name).strip(" .")
    return (re.sub(r"\s+", " ", cleaned) or "post") + ".micic"


def free_path(folder: Path, file_name: str) -> Path:
    """`folder/file_name`, or "name (2).micic" and so on when a file of that name is already there."""
    path = folder / file_name
    number = 2
    while path.exists():
        path = folder / f"{Path(file_name).stem} ({number}){Path(file_name).suffix}"
        number += 1
    return path


class NewPostDialog(FittedDialog):
    """Name, host country, city, nationality and jurisdiction chosen from lists; the paper and the file."""

    def __init__(self, parent=None):
        # Tall enough for a dozen regions in view: Mexico has 32 states, Guatemala 22 departments.
        super().__init__(parent, QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                         980, 560)
        self.setWindowTitle(self.tr("New post"))
        self.lat = self.lon = None
        self.path_chosen = False  # once the user picks a file, the name no longer renames it
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.name_edit.setPlaceholderText(self.tr("e.g. Consulate in Tapachula"))
        self.country = CountryBox()
        self.country.setObjectName("host_country")
        self.city = PlaceSearch()
        self.city.setObjectName("city")
        self.city.placeChosen.connect(self._on_city_chosen)
        self.nationality = CountryBox(optional=True)
        self.nationality.setObjectName("sending_country")
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper_note = QLabel()
        self.paper_note.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.training = QCheckBox(self.tr("Training post: fictional people only, not encrypted, no sign-in"))
        self.training.setObjectName("training")
        self.training.setToolTip(self.tr("A real post is always encrypted with a passphrase and has an "
                                         "administrator; leave this unticked for a real post."))
        self.regions = RegionList()
        self.error = QLabel()
        self.error.setObjectName("general_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.footer.addWidget(self.error)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Name of the post") + " *", self.name_edit)
        form.addRow(self.tr("Host country") + " *", self.country)
        form.addRow(self.tr("City") + " *", self.city)
        form.addRow(self.tr("Nationals of"), self.nationality)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow("", self.paper_note)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        form.addRow(self.tr("Post file"), file_row)
        form.addRow("", self.training)
        where = QGroupBox(self.tr("Jurisdiction"))
        what = QLabel(self.tr("Tick the states, departments or provinces the post covers."))
        what.setWordWrap(True)
        inside = QVBoxLayout(where)
        inside.addWidget(what)
        inside.addWidget(self.regions, 1)
        columns = QHBoxLayout(self.body)
        columns.addLayout(form, 3)
        columns.addWidget(where, 2)

        self.name_edit.textChanged.connect(self._on_name_changed)
        self.country.countryChanged.connect(self._on_country_changed)
        self._on_name_changed("")
        self._on_country_changed("")

    # -- keeping the fields in step ---------------------------------------------------
    def _on_name_changed(self, name: str) -> None:
        if not self.path_chosen:
            self.path_edit.setText(str(free_path(documents_dir(), file_name_for(name or self.tr("New post")))))

    def _on_country_changed(self, code: str) -> None:
        self.regions.set_country(code)
        self.city.country = code
        usual = paper_for(code)
        self.paper.setCurrentIndex(self.paper.findData(usual))
        self.paper_note.setText(self.tr("Usual paper in {country}: {paper}").format(
            country=country_name(code), paper=self.paper.currentText()) if code else "")

    def _on_city_chosen(self, _name: str, lat: float, lon: float) -> None:
        self.lat, self.lon = lat, lon

    def _on_browse_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("New post file"), self.path_edit.text(),
                                                    self.tr("MICIC post files (*.micic);;All files (*)"))
        if path:
            self.path_chosen = True
            self.path_edit.setText(path if Path(path).suffix else path + ".micic")

    # -- the answer -------------------------------------------------------------------
    def problems(self) -> list[str]:
        found = []
        if not self.name_edit.text().strip():
            found.append(self.tr("Give the post a name."))
        if not self.country.code():
            found.append(self.tr("Choose the host country from the list."))
        if not self.city.text().strip():
            found.append(self.tr("Give the city of the post."))
        if self.nationality.currentText().strip() and not self.nationality.code():
            found.append(self.tr("Choose the nationals' country from the list, or leave it empty."))
        if not self.path_edit.text().strip():
            found.append(self.tr("Choose where to keep the post file."))
        return found

    def accept(self) -> None:
        found = self.problems()
        self.error.setText("\n".join(found))
        self.error.setVisible(bool(found))
        if not found:
            super().accept()

    def result_record(self) -> Post:
        host = self.country.code()
        paper = self.paper.currentData()
        return Post(self.name_edit.text().strip(), host, self.city.text().strip(), self.lat, self.lon,
                    sending_country=self.nationality.code(), jurisdiction=self.regions.chosen(),
                    is_training=self.training.isChecked(), paper="" if paper == paper_for(host) else paper)

    def result_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    @classmethod
    def ask_new(cls, parent) -> tuple[Path, Post] | None:
        """Where and what the new post is, or None if the user cancelled."""
        dialog = cls(parent)
        if not dialog.exec():
            return None
        return dialog.result_path(), dialog.result_record()

    @classmethod
    def fill_existing(cls, parent, context) -> None:
        """A file with no post yet: ask for its details and save them."""
        from micic_planner.gui.errors import explained

        post = PostForm.ask(parent, parent.tr("Post details"), post_fields(parent.tr), Post("", "", ""),
                            validate_post)
        if post is None:
            return
        with explained(parent):
            context.apply(context.store.save_post(post))
