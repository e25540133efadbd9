"""The translation step of the translation review workflow."""

from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from wagtail.models import Task, TaskState
from wagtail.permission_policies.pages import PagePermissionPolicy

from .features import page_feature

SUBMIT = "submit"


class TranslationTask(Task):
    """The first task of a translated page's review: its translators finish the translation.

    "Translate this page" starts the review workflow at this task, on a draft. Whoever
    may edit the page (the translators of its language) submits it; the draft is then
    brought up to date with the translated text and the next task, the reviewers'
    approval, publishes it. Translators cannot publish it themselves.
    """

    admin_form_fields = Task.admin_form_fields

    class Meta:
        verbose_name = _("translation task")
        verbose_name_plural = _("translation tasks")

    @classmethod
    def get_description(cls):
        return _("The people who may edit the page translate it and submit it for review.")

    def user_can_submit(self, obj, user) -> bool:
        """Whether ``user`` may hand this page's translation to the reviewers."""
        return obj.permissions_for_user(user).can_edit()

    def get_actions(self, obj, user):
        if self.user_can_submit(obj, user):
            return [(SUBMIT, _("Submit translation for review"), False)]
        return []

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name != SUBMIT:
            return super().on_action(task_state, user, action_name, **kwargs)
        page = task_state.workflow_state.content_object.specific
        return page_feature("translation_submit")(page=page, user=user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        """The translations in progress on pages the person may edit (their dashboard)."""
        editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
        keys = editable.annotate(key=Cast("pk", CharField())).values("key")
        return self.task_states.filter(
            status=TaskState.STATUS_IN_PROGRESS, workflow_state__object_id__in=keys
        )
