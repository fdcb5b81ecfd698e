"""The post file's schema, one step per module; a released step is never edited.

Steps register on `migrations` in import order, which is the order they apply.
"""

# One import line per step, in the order they apply; isort must not merge or reorder them.
# ruff: noqa: I001
from sqlite_utils import Migrations

migrations = Migrations("micic_planner")

from micic_planner.storage.migrations import m001_initial  # noqa: E402,F401
from micic_planner.storage.migrations import m002_crisis  # noqa: E402,F401
from micic_planner.storage.migrations import m003_exchange  # noqa: E402,F401
from micic_planner.storage.migrations import m004_protection  # noqa: E402,F401
from micic_planner.storage.migrations import m005_exercises  # noqa: E402,F401
from micic_planner.storage.migrations import m007_duplicates  # noqa: E402,F401
from micic_planner.storage.migrations import m008_assignments  # noqa: E402,F401
from micic_planner.storage.migrations import m009_faster_bulk_load  # noqa: E402,F401
from micic_planner.storage.migrations import m011_disclosures  # noqa: E402,F401
from micic_planner.storage.migrations import m012_application_id  # noqa: E402,F401
from micic_planner.storage.migrations import m013_sign_in_and_retention  # noqa: E402,F401
from micic_planner.storage.migrations import m014_small_counts  # noqa: E402,F401
from micic_planner.storage.migrations import m017_matrix_steps  # noqa: E402,F401
from micic_planner.storage.migrations import m018_hand_assignments_and_pauses  # noqa: E402,F401
from micic_planner.storage.migrations import m021_numbered_copies  # noqa: E402,F401
from micic_planner.storage.migrations import m023_plan_sections  # noqa: E402,F401
from micic_planner.storage.migrations import m024_roles_and_name_order  # noqa: E402,F401
from micic_planner.storage.migrations import m025_post_paper  # noqa: E402,F401
from micic_planner.storage.migrations import m026_unknown_capacity  # noqa: E402,F401
from micic_planner.storage.migrations import m027_external_figures  # noqa: E402,F401
from micic_planner.storage.migrations import m028_returns  # noqa: E402,F401
from micic_planner.storage.migrations import m029_messages  # noqa: E402,F401
from micic_planner.storage.migrations import m030_sync  # noqa: E402,F401
from micic_planner.storage.migrations import m032_cell_link  # noqa: E402,F401
from micic_planner.storage.migrations import m033_inquiry_notes  # noqa: E402,F401
from micic_planner.storage.migrations import m035_crisis_sync  # noqa: E402,F401
from micic_planner.storage.migrations import m037_sync_scope  # noqa: E402,F401
from micic_planner.storage.migrations import m038_survey_answers  # noqa: E402,F401
from micic_planner.storage.migrations import m039_return_checklist  # noqa: E402,F401
from micic_planner.storage.migrations import m040_return_sync  # noqa: E402,F401
from micic_planner.storage.migrations import m041_flags_handled  # noqa: E402,F401
from micic_planner.storage.migrations import m042_name_key  # noqa: E402,F401
from micic_planner.storage.migrations import m043_return_marks_sync  # noqa: E402,F401
from micic_planner.storage.migrations import m044_wardens_sync  # noqa: E402,F401
from micic_planner.storage.migrations import m045_crisis_owner  # noqa: E402,F401
