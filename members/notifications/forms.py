"""Forms of the notifications app."""

from django import forms

from members.notifications.models import Delivery, NotificationKind


class NotificationPreferencesForm(forms.Form):
    """One choice of delivery for each kind of notification, named by the kind."""

    def __init__(self, *args, deliveries: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        for kind in NotificationKind:
            self.fields[kind.value] = forms.ChoiceField(
                label=kind.label,
                choices=Delivery.choices,
                initial=deliveries[kind.value],
                widget=forms.RadioSelect,
            )
