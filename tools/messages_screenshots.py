"""Screenshots of the Messages and Hotline views on a small demo post, in Spanish at 1366x768.

    Xvfb :18 -screen 0 1366x768x24 &
    DISPLAY=:18 QT_QPA_PLATFORM=xcb python tools/messages_screenshots.py docs
"""
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["HOME"] = tempfile.mkdtemp()  # before Qt reads it: no settings of the person running this

from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from micic_planner.app import STYLE  # noqa: E402
from micic_planner.core import i18n  # noqa: E402
from micic_planner.core.enums import Hazard  # noqa: E402
from micic_planner.gateway.gammu_engine import GammuEngine  # noqa: E402
from micic_planner.gui.demo import mark_training  # noqa: E402
from micic_planner.gui.locale_support import install_language  # noqa: E402
from micic_planner.gui.main_window import MainWindow  # noqa: E402
from micic_planner.storage.crisis_store import CrisisStore  # noqa: E402
from micic_planner.storage.demo_writer import write_demo  # noqa: E402
from micic_planner.storage.messaging.outbox_store import OutboxStore  # noqa: E402
from micic_planner.storage.store import PostStore  # noqa: E402

out = Path(sys.argv[1])
tmp = Path(tempfile.mkdtemp())
app = QApplication([])
app.setOrganizationName("MICIC-shots")
i18n.set_language("es")
install_language(app, "es")
font = QFont(app.font())
font.setPointSize(max(font.pointSize(), 11))
app.setFont(font)
app.setStyleSheet(STYLE)
store = PostStore.open(tmp / "demo.micic", create=True)
write_demo(store, nationals=600, seed=1)
mark_training(store)
CrisisStore(store).open("Huracán Eta", Hazard.HURRICANE)
OutboxStore(store).save_settings("none", str(tmp / "modem"), per_minute=0)
win = MainWindow(language="es")
win.set_store(store)
win.showMaximized()
win.resize(1366, 768)

def pump(seconds=0.5):
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.02)

def shot(name):
    pump(0.8)
    subprocess.run(["import", "-window", "root", str(out / name)], check=True, env={**os.environ, "DISPLAY": ":18"})

view = win.show_view("messages")
t = view.templates
t.phase.setCurrentIndex(t.phase.findData(2))
t.hazard.setCurrentIndex(t.hazard.findData("hurricane"))
t.text.setPlainText("Consulado: alerta por huracán. Vaya a {assembly_point}. Su enlace: {warden} {warden_phone}. "
                    "Responda BIEN o AYUDA.")
t.save.click()
s = view.sending
s.zone.setCurrentIndex(1)
s.status.setCurrentIndex(s.status.findData("not_contacted"))
s.build.click()
shot("messages-texts.png")
view.tabs.setCurrentWidget(s)
shot("messages-list.png")
s.send.click()
while s.worker is not None:
    pump(0.2)
shot("messages-send.png")
sent = OutboxStore(store).messages(1)
engine = GammuEngine.dummy(tmp / "modem")
replies = ["BIEN 4", "AYUDA", "a salvo 2", "estamos en el albergue de la escuela", "Bien", "help 3"]
for m, text in zip(sent[:6], replies, strict=False):
    engine.machine.AddSMS({"Text": text, "SMSC": {"Location": 1}, "Number": m["phone"], "Folder": 1,
                           "State": "UnRead", "Type": "Deliver"})
engine.close()
view.tabs.setCurrentWidget(view.inbox)
view.inbox.show_state.setCurrentIndex(2)
view.inbox.read.click()
pump(1)
shot("messages-inbox.png")
h = win.show_view("hotline")
people = store.db.execute("SELECT family_names, given_names FROM nationals LIMIT 1").fetchone()
h.caller.setText("Francisca " + people[0].split()[0])
h.relationship.setText("madre")
h.contact.setText("+50277001234")
h.caller_place.setText("Huehuetenango, Guatemala")
h.sought.setText(f"{people[1].split()[0]} {people[0].split()[0]}")
h.find.click()
h.log.click()
h.caller.setText("Rosa Ixcoy")
h.relationship.setText("hermana")
h.contact.setText("+50255123456")
h.caller_place.setText("Quetzaltenango, Guatemala")
h.sought.setText("Baltazar Ixcoy Tum")
h.last_place.setText("Huixtla, Chiapas")
h.told.setPlainText("No figura en el registro; se le llamará en 4 horas.")
h.find.click()
shot("hotline.png")
store.close()
