from django.contrib import admin

from .models import Call, LastCallSend, Nomination, Question, ReturnedDocument


class QuestionInline(admin.StackedInline):
    model = Question
    extra = 0
    fields = [
        ("position", "section"),
        ("key", "kind", "required"),
        "text",
        "hint",
        ("word_limit", "follow_up"),
        "choices",
    ]
    ordering = ["position"]


@admin.register(Call)
class CallAdmin(admin.ModelAdmin):
    list_display = ["title", "opens_at", "closes_at", "status_label"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [QuestionInline]


@admin.register(Nomination)
class NominationAdmin(admin.ModelAdmin):
    list_display = ["reference", "title", "authority", "status", "channel", "submitted_at"]
    list_filter = ["call", "status", "channel", "authority"]
    search_fields = ["reference", "title", "nominator__email"]
    readonly_fields = ["answers", "personal_data", "reference", "number", "status", "submitted_at", "withdrawn_at"]
    raw_id_fields = ["nominator", "created_by", "source_document"]

    def has_add_permission(self, request):
        return False  # nominations are made through the call's pages, which check every answer


@admin.register(ReturnedDocument)
class ReturnedDocumentAdmin(admin.ModelAdmin):
    list_display = ["original_name", "call", "uploaded_by", "status", "created_at"]
    list_filter = ["call", "status"]
    readonly_fields = ["batch", "sha256", "size", "report", "message", "status"]


@admin.register(LastCallSend)
class LastCallSendAdmin(admin.ModelAdmin):
    list_display = ["call", "requested_by", "created_at", "sent", "skipped", "finished_at"]
