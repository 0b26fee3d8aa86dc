#include "engine/Queueing.h"
