"""What every service needs: the open store, the clock, and who is acting."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from iop_facilitator.clock import Clock, iso_now
from iop_facilitator.domain.ids import FacilitatorId
from iop_facilitator.storage import Store


@dataclass
class ServiceContext:
    store: Store
    clock: Clock
    actor_id: FacilitatorId | None = field(default=None)

    def now_iso(self) -> str:
        return iso_now(self.clock)

    @contextlib.contextmanager
    def write(self) -> Iterator[Store]:
        """One atomic unit of work: everything inside commits together or not at all."""
        with self.store.atomic() as store:
            yield store

    def audit(
        self,
        action: str,
        entity: str = "",
        entity_id: object = "",
        detail: dict[str, Any] | None = None,
    ) -> None:
        """Append an audit event. Call inside `write()` so it commits with the change it records.

        `detail` holds ids and counts only, never note text or names.
        """
        self.store.insert(
            "audit_event",
            {
                "at": self.now_iso(),
                "actor_id": self.actor_id,
                "action": action,
                "entity": entity,
                "entity_id": str(entity_id) if entity_id != "" else "",
                "detail": json.dumps(detail, sort_keys=True) if detail else "",
            },
        )
