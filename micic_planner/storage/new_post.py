"""A new post file: the post, the standard alert matrix and messages, its encryption and first administrator."""

from pathlib import Path

from micic_planner.core.models import Post
from micic_planner.core.security import Role
from micic_planner.storage.store import PostStore


def seed_matrix(store) -> None:
    """Give a new post the standard alert matrix and messages, which the officer then adapts."""
    from micic_planner.core.plan_templates import templates_for
    from micic_planner.storage.demo_writer import seed_templates

    seed_templates(store, templates_for(store.post()))


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


def create_post(path: Path, post: Post, passphrase: str | None = None,
                admin: tuple[str, str, str] | None = None) -> PostStore:
    """A new post file holding `post` and the standard matrix, encrypted and with its administrator signed in
    when given; nothing is left behind if a step fails. Whatever was at `path` is replaced."""
    _remove(path)
    path.parent.mkdir(parents=True, exist_ok=True)  # a Documents folder a fresh account does not have yet
    store = PostStore.open(path, create=True, passphrase=passphrase)
    try:
        with store.db.atomic():
            store.save_post(post)
            seed_matrix(store)
            if admin is not None:
                name, password, full_name = admin
                store.add_user(name, Role.ADMINISTRATOR, password, full_name)
    except Exception:
        store.close()
        _remove(path)
        raise
    if admin is None:
        return store
    # Reopen signed in, so that from the first edit the audit log names the administrator.
    store.close()
    return PostStore.open(path, passphrase=passphrase, user=admin[0], password=admin[1])
