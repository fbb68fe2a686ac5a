from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "napkit.accounts"
    verbose_name = "Accounts"
