#include "engine/StreamingSummary.h"
