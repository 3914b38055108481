from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "silverlinings.accounts"
    label = "accounts"
    verbose_name = "Accounts"
