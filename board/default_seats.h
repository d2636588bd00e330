// The seats the proposal describes ("The proposed membership and governance structure"),
// installed by `board seats install-defaults` and configurable afterwards.
#ifndef PARTNERSHIP_BOARD_DEFAULT_SEATS_H_
#define PARTNERSHIP_BOARD_DEFAULT_SEATS_H_

#include <vector>

#include "board/seat.h"

namespace partnership::board {

// In display order, positions 1, 2, ... within each body:
// - BOARD (3-year terms): an independent chair appointed by the board; a head and a governor
//   of secondary member schools elected by GASH, the same of primary schools by GAPH and of
//   special schools by GASSH; a head of a member school elected by the teaching schools; two
//   LA officers appointed by the local authority; a diocesan representative appointed by the
//   Diocese.
// - SHADOW_BOARD (1-year terms): the same 11 seats ("shadow-" before the key), appointed by
//   the steering group; the people are those the board seats call for, but their schools
//   need not be members yet, since the shadow board sits before membership opens.
// - PRIMARY_SUB_COMMITTEE (1-year terms): the chairs of the 7 primary partnerships, heads of
//   primary member schools, sent by their partnerships.
// - SECONDARY_SUB_COMMITTEE (2-year terms): 5 heads of secondary member schools nominated
//   by GASH.
std::vector<Seat> ProposalSeats();

}  // namespace partnership::board

#endif  // PARTNERSHIP_BOARD_DEFAULT_SEATS_H_
