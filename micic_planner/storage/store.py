"""A post file, open: its records, its registry and its settings."""

from pathlib import Path

from micic_planner.core.changes import Changes, changed
from micic_planner.core.errors import StorageError
from micic_planner.core.i18n import _
from micic_planner.core.models import Post
from micic_planner.storage.connection import connect, migrate
from micic_planner.storage.mapping import from_row, to_row, utc_now
from micic_planner.storage.nationals import Nationals
from micic_planner.storage.records import Records


class PostStore:
    def __init__(self, db, path: Path | None = None):
        self.db = db
        self.path = path
        self.user_name = ""
        self.records = Records(db)
        self.nationals = Nationals(db, user=lambda: self.user_name)

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False) -> "PostStore":
        """Open a post file, bringing its schema up to date; `create` allows a new file."""
        path = Path(path)
        if not create and not path.exists():
            raise StorageError(_("There is no post file here."), where=str(path),
                               hint=_("Check the path, or create a new post."))
        db = connect(path)
        migrate(db)
        return cls(db, path)

    @classmethod
    def memory(cls) -> "PostStore":
        db = connect(":memory:")
        migrate(db)
        return cls(db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- the post itself -------------------------------------------------------
    def post(self) -> Post | None:
        cursor = self.db.execute("SELECT * FROM post ORDER BY id LIMIT 1")
        row = cursor.fetchone()
        if row is None:
            return None
        return from_row(Post, dict(zip([d[0] for d in cursor.description], row)))

    def save_post(self, post: Post) -> Changes:
        row = to_row(post)
        with self.db.atomic():
            if post.id is None:
                if self.db.execute("SELECT count(*) FROM post").fetchone()[0]:
                    raise StorageError(_("This file already holds a post."))
                cursor = self.db.execute(
                    f"INSERT INTO post ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
                post.id = cursor.lastrowid
            else:
                row.pop("uuid")
                row["updated_at"] = utc_now()
                self.db.execute(f"UPDATE post SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                                [*row.values(), post.id])
        return changed("post", count=1, ids=(post.id,))
