"""Admin views that keep translators and editors from publishing by accident.

wagtail-localize's own views, taken over at their addresses (see
``practices/wagtail_hooks.py``): "Translate this page" makes a draft and puts it on the
review workflow, "Sync translated pages" brings the changes into the drafts and never
publishes, machine translation asks first, and the two steps that would put content
live at once (translating a snippet, turning a translation back into an alias) are
left to those who may do that directly. Plus the one step the translation editor
lacks without a right to publish: "Submit translation for review".
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail.snippets.permissions import get_permission_name
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.dummy import DummyTranslator
from wagtail_localize.models import Translation
from wagtail_localize.views.convert import convert_to_alias
from wagtail_localize.views.edit_translation import machine_translate
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from practices.translation.services import (
    translation_review_start,
    translation_submit,
    translation_sync,
)

DRAFTS_GO_TO_REVIEW = gettext_lazy(
    "Each translation is a draft. When it is translated, submit it for review: "
    "a reviewer publishes it."
)


class TranslatePageView(SubmitPageTranslationView):
    """wagtail-localize's "Translate this page": each new translation is a draft in review."""

    def form_valid(self, form):
        with transaction.atomic():
            response = super().form_valid(form)
            for locale in form.cleaned_data["locales"]:
                translated = self.object.get_translation_or_none(locale)
                if translated is not None:
                    translation_review_start(page=translated, user=self.request.user)
        messages.info(self.request, DRAFTS_GO_TO_REVIEW)
        return response


class TranslateSnippetView(SubmitSnippetTranslationView):
    """wagtail-localize's "Translate" of a snippet, for those who may add such a snippet.

    A snippet has no draft and no review: its translation is live the moment it is
    made, so making one takes the right to add it, not only the right to translate.
    """

    def dispatch(self, request, *args, **kwargs):
        model = get_snippet_model_from_url_params(kwargs["app_label"], kwargs["model_name"])
        if not request.user.has_perm(get_permission_name("add", model)):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class SyncTranslationsForm(forms.Form):
    """Nothing to choose: a sync never publishes, and machine translation asks first.

    wagtail-localize's form offered "Publish immediately" (every translation, past the
    review) and "Use machine translation" (without the question the editor asks);
    neither is offered here, and posting them changes nothing.
    """


class SyncTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages": the changes go into drafts on review."""

    template_name = "practices/admin/update_translations.html"

    def get_form(self):
        return SyncTranslationsForm(self.request.POST if self.request.method == "POST" else None)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_page"] = isinstance(self.object.get_source_instance(), Page)
        return context

    def form_valid(self, form):
        with transaction.atomic():
            result = translation_sync(source=self.object, user=self.request.user)
            enabled = list(self.object.translations.filter(enabled=True))
            self.components.save(self.object, sources_and_translations={self.object: enabled})
        messages.success(self.request, self.get_success_message())
        if result.drafts:
            messages.info(self.request, DRAFTS_GO_TO_REVIEW)
        for page in result.failed:
            messages.warning(
                self.request,
                _(
                    "The draft of “%(title)s” could not be brought up to date: one of its "
                    "translations does not fit its field (it may be too long). Correct it in "
                    "the translation editor, then sync again."
                )
                % {"title": page.get_admin_display_title()},
            )
        return redirect(self.get_success_url() or self.get_default_success_url())


def convert_to_alias_if_publisher(request, page_id: int):
    """wagtail-localize's "Convert to alias page", for those who may publish the page.

    The page would show its original's content at once, live if the original is:
    publishing without review, which translators may not do.
    """
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert_to_alias(request, page_id)


@require_http_methods(["GET", "POST"])
def submit_for_review(request, page_id: int):
    """Ask, then copy the translated text into the draft and hand it to the reviewers."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if request.method == "POST":
        translation_submit(page=page, user=request.user)
        messages.success(
            request,
            _("“%(title)s” was submitted for review. A reviewer will publish it.")
            % {"title": page.get_admin_display_title()},
        )
        return redirect(edit_url)
    return TemplateResponse(
        request,
        "practices/admin/submit_translation_for_review.html",
        {
            "page_title": _("Submit translation for review"),
            "page": page,
            "cancel_url": edit_url,
        },
    )


@require_http_methods(["GET", "POST"])
def confirm_machine_translation(request, translation_id: int):
    """Fill the missing strings with machine translation only after the person agrees."""
    translation = get_object_or_404(Translation, pk=translation_id)
    target = translation.get_target_instance()
    if isinstance(target, Page) and not target.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.method == "POST" and request.POST.get("confirmed") == "yes":
        return machine_translate(request, translation_id)
    translator = get_machine_translator()
    next_url = get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
    return TemplateResponse(
        request,
        "practices/admin/confirm_machine_translation.html",
        {
            "page_title": _("Fill in with machine translation?"),
            "translator_name": translator.display_name if translator else "",
            "reverses_words": isinstance(translator, DummyTranslator),
            "target": target,
            "language": translation.target_locale.get_display_name(),
            "next_url": next_url,
        },
    )
