"""Print the wheel tag (py-abi-platform) of the running interpreter."""
import sys
import sysconfig

impl = f"cp{sys.version_info.major}{sys.version_info.minor}"
plat = sysconfig.get_platform().replace("-", "_").replace(".", "_")
print(f"{impl}-{impl}-{plat}")
