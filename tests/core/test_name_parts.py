from micic_planner.core.name_parts import NameParts, name_parts


def test_an_honorific_is_the_prefix_never_the_given_name():
    assert name_parts("Lic. Ana López") == NameParts("Ana", "López", "Lic.")
    assert name_parts("Dra. Sra. Inés Ávila") == NameParts("Inés", "Ávila", "Dra. Sra.")


def test_with_no_stored_parts_the_last_two_words_are_the_two_family_names():
    assert name_parts("María José García López") == NameParts("María José", "García López")
    assert name_parts("Ana López Pérez") == NameParts("Ana", "López Pérez")


def test_stored_parts_win_over_any_inference():
    # Stored as one given name pair and one family name: "García" alone is the family name.
    assert name_parts("María José García", "María José", "García") == NameParts("María José", "García")
    assert name_parts("Ing. María José García", "María José", "García") == NameParts("María José", "García", "Ing.")


def test_particles_stay_with_the_family_name_they_belong_to():
    assert name_parts("Juan Carlos de la Cruz Pérez") == NameParts("Juan Carlos", "de la Cruz Pérez")


def test_a_single_word_is_a_given_name_and_an_honorific_alone_is_a_name():
    assert name_parts("Xóchitl") == NameParts("Xóchitl")
    assert name_parts("Dr.") == NameParts("Dr.")
