"""The accountability app's pages, all importable from `accountability.models`: the roles chart
and its roles (roles), the transparency page and its quarters (transparency)."""

from accountability.models.roles import RoleHolder, RolePage, RolesChartPage
from accountability.models.transparency import QuarterPage, TransparencyPage

__all__ = ["QuarterPage", "RoleHolder", "RolePage", "RolesChartPage", "TransparencyPage"]
