"""Run-time hook of the bundle: a stand-in for `pkg_resources`, which jieba and cn2an use only
for `resource_stream` (their data files). The real module comes with setuptools, costs about
0.2 s at every start (PyInstaller's own hook imports it before the app runs) and is deprecated;
the bundle carries its packages' data as plain files, so opening them by path is enough."""
import importlib
import os
import sys
import types


def resource_stream(module_name, resource):
    module = importlib.import_module(module_name)
    folder = os.path.dirname(module.__file__)  # a module's resources sit beside it, a package's inside
    return open(os.path.join(folder, *resource.split("/")), "rb")


_stand_in = types.ModuleType("pkg_resources", __doc__)
_stand_in.resource_stream = resource_stream
sys.modules.setdefault("pkg_resources", _stand_in)
