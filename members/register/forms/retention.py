"""Keeping a record active past the retention period (``retention.person_keep_active``)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from members.register.vocabulary import RetentionKeepReason


class KeepActiveForm(forms.Form):
    """Why the owning agency keeps the record: a listed reason, never free text."""

    reason = forms.ChoiceField(
        label=_("Why keep it"), choices=RetentionKeepReason.choices, widget=forms.RadioSelect
    )
