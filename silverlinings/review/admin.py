"""Review in the Django admin: for looking things up. Grouping and the panel are run from their own pages,
which go through the services and the audit log, so most of what is shown here is read-only."""

from django.contrib import admin

from .models import (
    Assignment,
    Conflict,
    Criterion,
    Decision,
    DuplicatePair,
    Idea,
    LetterTemplate,
    Review,
    ReviewSetup,
    Score,
    SuggestionRun,
    Theme,
    ThemeMembership,
)


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ReviewSetup)
class ReviewSetupAdmin(admin.ModelAdmin):
    list_display = ["call", "reviewers_per_nomination", "anonymised", "reviews_open", "disagreement_spread"]


@admin.register(SuggestionRun)
class SuggestionRunAdmin(ReadOnlyAdmin):
    list_display = ["call", "requested_by", "created_at", "n_themes", "status", "progress", "message"]
    list_filter = ["call", "status"]


class ThemeMembershipInline(admin.TabularInline):
    model = ThemeMembership
    extra = 0
    raw_id_fields = ["nomination"]
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Theme)
class ThemeAdmin(ReadOnlyAdmin):
    list_display = ["label", "call", "status", "edited", "created_at"]
    list_filter = ["call", "status", "edited"]
    search_fields = ["label", "description"]
    inlines = [ThemeMembershipInline]


@admin.register(DuplicatePair)
class DuplicatePairAdmin(ReadOnlyAdmin):
    list_display = ["call", "first", "second", "similarity", "dismissed"]
    list_filter = ["call", "dismissed"]


@admin.register(Idea)
class IdeaAdmin(ReadOnlyAdmin):
    list_display = ["label", "call", "created_by", "created_at"]
    list_filter = ["call"]
    search_fields = ["label"]


@admin.register(Conflict)
class ConflictAdmin(ReadOnlyAdmin):
    list_display = ["member", "nomination", "created_at"]
    raw_id_fields = ["nomination"]


@admin.register(Assignment)
class AssignmentAdmin(ReadOnlyAdmin):
    list_display = ["reviewer", "nomination", "assigned_by", "created_at"]
    raw_id_fields = ["nomination"]


@admin.register(Criterion)
class CriterionAdmin(admin.ModelAdmin):
    list_display = ["name", "call", "position", "weight"]
    list_filter = ["call"]


class ScoreInline(admin.TabularInline):
    model = Score
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Review)
class ReviewAdmin(ReadOnlyAdmin):
    list_display = ["assignment", "recommendation", "weighted_score", "submitted_at"]
    inlines = [ScoreInline]


@admin.register(Decision)
class DecisionAdmin(ReadOnlyAdmin):
    list_display = ["nomination", "outcome", "decided_by", "released_at"]
    list_filter = ["outcome"]
    raw_id_fields = ["nomination"]


@admin.register(LetterTemplate)
class LetterTemplateAdmin(admin.ModelAdmin):
    list_display = ["call", "outcome", "subject"]
    list_filter = ["call"]
