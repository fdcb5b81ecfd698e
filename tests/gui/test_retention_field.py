"""The national form shows the expiry the retention rule sets; nobody types it."""


def test_the_national_form_shows_the_expiry_the_retention_rule_sets_without_letting_it_be_typed(qtbot, store):
    from micic_planner.core.models import National
    from micic_planner.gui.forms.national_form import NationalForm, national_fields

    NationalForm.store = store
    form = NationalForm("National", national_fields(lambda text: text, store.db), National("López", "Ana"))
    qtbot.addWidget(form)
    assert form.editors["record_expiry"].isReadOnly()
