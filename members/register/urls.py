"""URLs of the register, under ``/<language>/members/register/``.

People are named by UUID only; names never appear in a URL or a query string.
Every name here is in the authorisation matrix (tests/members/test_authorization_matrix.py).
"""

from django.urls import path

from members.register.views import (
    discovery,
    erasure,
    movements,
    notes,
    people,
    person,
    retention,
    sharing,
    subject_access,
)

PERSON = "people/<uuid:person_id>/"
REFERRAL = "referrals/<uuid:referral_id>/"
ERASURE = "erasures/<uuid:erasure_id>/"

urlpatterns = [
    path("", people.RegisterHomeView.as_view(), name="register"),
    path("people/new/", people.PersonRecordView.as_view(), name="register_person_new"),
    path(PERSON, person.PersonView.as_view(), name="register_person"),
    path(f"{PERSON}identity/", people.PersonEditView.as_view(), name="register_person_edit"),
    path(f"{PERSON}sensitive/", person.SensitiveView.as_view(), name="register_sensitive"),
    path(
        f"{PERSON}sensitive/edit/",
        person.SensitiveEditView.as_view(),
        name="register_sensitive_edit",
    ),
    path(f"{PERSON}history/", person.HistoryView.as_view(), name="register_history"),
    path(
        f"{PERSON}movements/new/",
        movements.MovementRecordView.as_view(),
        name="register_movement_new",
    ),
    path(
        f"{PERSON}movements/<uuid:movement_id>/correct/",
        movements.MovementCorrectView.as_view(),
        name="register_movement_correct",
    ),
    path(f"{PERSON}notes/new/", notes.NoteWriteView.as_view(), name="register_note_new"),
    path(
        f"{PERSON}notes/<uuid:note_id>/edit/",
        notes.NoteChangeView.as_view(),
        name="register_note_edit",
    ),
    # Sharing: offers with consent, the inbox and outbox, consents and shares ended.
    path(f"{PERSON}share/", sharing.ShareOfferView.as_view(), name="register_share_new"),
    path(
        f"{PERSON}consents/<uuid:consent_id>/revoke/",
        sharing.ConsentRevokeView.as_view(),
        name="register_consent_revoke",
    ),
    path(
        f"{PERSON}shares/<uuid:share_id>/end/",
        sharing.ShareEndView.as_view(),
        name="register_share_end",
    ),
    path("inbox/", sharing.InboxView.as_view(), name="register_inbox"),
    path("outbox/", sharing.OutboxView.as_view(), name="register_outbox"),
    path(f"{REFERRAL}accept/", sharing.AcceptView.as_view(), name="register_referral_accept"),
    path(f"{REFERRAL}decline/", sharing.DeclineView.as_view(), name="register_referral_decline"),
    path(f"{REFERRAL}withdraw/", sharing.WithdrawView.as_view(), name="register_referral_withdraw"),
    # Discovery without disclosure and contact requests (issue 15).
    path(
        f"{PERSON}discovery/",
        discovery.DiscoveryLookupView.as_view(),
        name="register_discovery",
    ),
    path(
        f"{PERSON}discovery/<uuid:lookup_id>/contact/",
        discovery.ContactRequestView.as_view(),
        name="register_contact_request_new",
    ),
    path(
        "contact-requests/",
        discovery.ContactRequestsView.as_view(),
        name="register_contact_requests",
    ),
    path(
        "contact-requests/<uuid:request_id>/",
        discovery.ContactRequestAnswerView.as_view(),
        name="register_contact_request",
    ),
    # Subject access and portability, GDPR Art. 15 and 20 (issue 15).
    path(
        f"{PERSON}access-request/",
        subject_access.SubjectAccessView.as_view(),
        name="register_subject_access",
    ),
    # Erasure on request and the recipients' confirmations (issue 15).
    path(f"{PERSON}erase/", erasure.ErasePersonView.as_view(), name="register_person_erase"),
    path("erasures/", erasure.ErasuresView.as_view(), name="register_erasures"),
    path(ERASURE, erasure.ErasureView.as_view(), name="register_erasure"),
    path(
        f"{ERASURE}lift-hold/",
        erasure.ErasureHoldLiftView.as_view(),
        name="register_erasure_lift_hold",
    ),
    path(
        "erasures/confirmations/<uuid:confirmation_id>/confirm/",
        erasure.ErasureConfirmView.as_view(),
        name="register_erasure_confirm",
    ),
    # Retention (issue 15): the owning agency keeps a record active.
    path(
        f"{PERSON}retention/keep/",
        retention.KeepActiveView.as_view(),
        name="register_retention_keep",
    ),
]
