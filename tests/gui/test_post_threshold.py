from micic_planner.core.models import Post


def test_the_post_form_sets_the_smallest_count_that_unrestricted_documents_print(qtbot, store):
    from micic_planner.gui.forms.post_form import post_fields
    from micic_planner.gui.forms.record_form import RecordForm

    post = Post("Consulado en Tapachula", "MX", "Tapachula")
    form = RecordForm("Post", post_fields(lambda text: text), post)
    qtbot.addWidget(form)
    assert form.editors["small_count_threshold"].value() == 5
    form.editors["small_count_threshold"].setValue(10)
    store.save_post(form.collect())
    assert store.post().small_count_threshold == 10


def test_the_post_form_sets_the_posts_time_zone_and_refuses_an_unknown_one(qtbot, store):
    import pytest

    from micic_planner.core.errors import ValidationErrors
    from micic_planner.core.local_time import zone_of_post
    from micic_planner.gui.forms.post_form import post_fields, validate_post
    from micic_planner.gui.forms.record_form import RecordForm

    post = Post("Consulado en Tapachula", "MX", "Tapachula", lat=14.9, lon=-92.26)
    form = RecordForm("Post", post_fields(lambda text: text), post)
    qtbot.addWidget(form)
    assert zone_of_post(form.collect()) == "America/Mexico_City"
    form.editors["time_zone"].setText("Mars/Olympus")
    with pytest.raises(ValidationErrors, match="Mars/Olympus"):
        validate_post(form.collect())
    form.editors["time_zone"].setText("America/Merida")
    chosen = form.collect()
    validate_post(chosen)
    store.save_post(chosen)
    assert store.post().time_zone == "America/Merida" and zone_of_post(store.post()) == "America/Merida"
