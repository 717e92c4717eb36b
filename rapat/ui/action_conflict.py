"""An edit of a follow-up action that someone else overtook: the other person's version worded for
a ConflictPanel (the meeting's Tindak Lanjut tab and the register show it), and the tab's way of
settling it (ActionConflicts, a part of ActionItemsView)."""

from __future__ import annotations

from typing import Any

from rapat.errors import Conflict
from rapat.i18n import tr
from rapat.services import actions as act
from rapat.ui.conflict_panel import ConflictPanel
from rapat.ui.register_model import action_status
from rapat.ui.text import short_date

TEXT_FIELDS = ("description", "institution", "person")  # the tab's fields typed as text


def their_action(theirs: dict[str, Any]) -> str:
    """The action as the other person stored it: description, owner, due date and status."""
    owner = theirs.get("institution") or ""
    if theirs.get("person"):
        owner = f"{owner} — {theirs['person']}"
    due = theirs.get("due")
    lines = [
        " ".join((theirs.get("description") or "").split()),
        owner,
        tr("Tenggat {due} · {status}").format(
            due=short_date(due) if due else tr("tanpa tenggat"),
            status=action_status(theirs.get("status") or ""),
        ),
    ]
    return "\n".join(line for line in lines if line)


class ActionConflicts:
    """The Tindak Lanjut tab's refused edits: the other person's version is shown under the form
    while the person's own values stay in it (kept aside while another action is shown), until
    they keep theirs over it or take the other's."""

    def _edit_refused(self, action_id: int, error: Exception) -> None:
        """Someone else changed the action since it was read: their version is shown under the
        form, the person's values stay in it until they choose; any other refusal goes to the
        banner."""
        if not isinstance(error, Conflict):
            self._refused(error)
            return
        stored = self._version_of(action_id)
        if self.conflict is not None:
            self.conflict.deleteLater()
        self._conflicted, self._mine = action_id, {}
        if self._shown != action_id:  # the form shows another action: the row keeps what was sent
            self._mine = self._row_values(self.model.row_at(self.model.row_of(action_id)))

        def keep_mine() -> None:
            stored.version = error.version
            self._store_mine(action_id)

        def take_theirs() -> None:
            stored.version = error.version
            self._settled()
            self.load(action_id)

        self.conflict = ConflictPanel(
            error, their_action(error.theirs), keep_mine, take_theirs, self._unsettled, self
        )
        self.form.addRow(self.conflict)
        self.conflict.setVisible(self._shown == action_id)

    def _unsettled(self) -> dict[str, Any]:
        """The person's values of the refused action, for the recovery file."""
        values = self._form_values() if self._shown == self._conflicted else self._mine
        return {"what": "action", "meeting": self.meeting_id, **values}

    def _settled(self) -> None:
        self._conflicted, self._mine, self.conflict = None, {}, None

    def _store_mine(self, action_id: int) -> None:
        """Store the person's values of the action over the newer version they were shown."""
        values = self._unsettled()
        self._settled()
        stored = self._version_of(action_id)
        # Only what the person changed goes over their version: the rest of theirs stays.
        read = self._row_values(self.model.row_at(self.model.row_of(action_id)))
        changes = {key: values[key] for key in (*TEXT_FIELDS, "due") if values[key] != read[key]}
        status = values["status"] if values["status"] != read["status"] else None

        def work(s) -> int:
            version = stored.version
            if changes:
                version = act.update_action(s, action_id, version, **changes)
            if status is not None:
                version = act.set_action_status(s, action_id, status, version=version)
            return version

        self.context.write(
            work,
            lambda _n: self.load(action_id),
            lambda error: self._edit_refused(action_id, error),
            "actions",
            on_commit=lambda version: setattr(stored, "version", version),
            keep=values,
        )
