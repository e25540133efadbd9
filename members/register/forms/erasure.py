"""The form that asks for an erasure: the admin's acknowledgement, and a legal hold."""

from django import forms
from django.utils.translation import gettext_lazy as _

from members.register.erasure import HOLD_REASON_LENGTH


class ErasureForm(forms.Form):
    understood = forms.BooleanField(
        label=_("I understand that the record cannot be restored once it is erased."),
        required=True,
        error_messages={"required": _("Tick the box to confirm you understand.")},
    )
    legal_hold_reason = forms.CharField(
        label=_("Legal hold (optional)"),
        help_text=_(
            "If a legal obligation or a claim requires keeping the record for now, say which "
            "one, without personal data. The request is recorded and the erasure waits until "
            "the hold is lifted."
        ),
        required=False,
        max_length=HOLD_REASON_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
