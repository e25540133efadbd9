"""Template tags of the site's one form-field include (templates/includes/form_field.html)."""

from django import template
from django.forms import BoundField

register = template.Library()


@register.simple_tag
def field_control(field: BoundField, invalid: bool = False) -> str:
    """The field's control, marked invalid also when ``invalid`` says the whole form was.

    Django marks a control ``aria-invalid`` only for its own errors; a refused sign-in
    (an error of the form, not of one field) leaves both its address and its password
    wrong, and says so on each.
    """
    if invalid and not field.errors:
        return field.as_widget(attrs={"aria-invalid": "true"})
    return field.as_widget()


@register.filter
def fields_in_error(form) -> list[BoundField]:
    """The form's fields that have errors, in the form's order (for the error summary)."""
    return [field for field in form if field.errors]


# allauth's button tags that mark an action beside the main one (templates/allauth/elements).
QUIET_BUTTON_TAGS = frozenset({"cancel", "outline", "link", "secondary", "minor"})


@register.filter
def button_classes(tags) -> str:
    """The site's button classes for allauth's tags: a quiet button unless it is the main one."""
    if QUIET_BUTTON_TAGS.intersection(tags or ()):
        return "button button--secondary"
    return "button"
