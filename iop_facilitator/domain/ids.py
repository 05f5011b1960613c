"""Typed ids so a member id is never passed where a session id belongs."""

from typing import NewType

MemberId = NewType("MemberId", int)
GroupId = NewType("GroupId", int)
EnrollmentId = NewType("EnrollmentId", int)
TopicId = NewType("TopicId", int)
SessionId = NewType("SessionId", int)
NoteId = NewType("NoteId", int)
FacilitatorId = NewType("FacilitatorId", int)
AddendumId = NewType("AddendumId", int)
