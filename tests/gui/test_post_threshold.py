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
