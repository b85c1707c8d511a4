define ptx_kernel void @$K(i16* %q, i16* %k, i32 %M, i32 %N, i32 %group, i32 %R, i32 %T, float* %stats, float* %part, float* %mx, i32 %NK) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%3 = mul i32 %2, 128
	%4 = lshr i32 %0, 5
	%5 = and i32 %0, 31
	%6 = lshr i32 %5, 2
	%7 = and i32 %5, 3
	%8 = sdiv i32 %1, %group
	%9 = mul i32 %1, %M
	%10 = mul i32 %9, 64
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %q, i64 %11
	%13 = mul i32 %8, %N
	%14 = mul i32 %13, 64
	%15 = sext i32 %14 to i64
	%16 = getelementptr i16, i16* %k, i64 %15
	%17 = add i32 %T, 63
	%18 = sdiv i32 %17, 64
	%19 = ptrtoint [24576 x i8] addrspace(3)* @$K_smem to i32
	%20 = add i32 %19, u0x4000
	%21 = lshr i32 %5, 4
	%22 = and i32 %5, 7
	%23 = lshr i32 %5, 3
	%24 = and i32 %23, 1
	%25 = shl i32 %24, 3
	%26 = add i32 %22, %25
	%27 = mul i32 %4, 16
	%28 = add i32 %27, %26
	%29 = mul i32 %28, 128
	%30 = add i32 %19, %29
	%31 = and i32 %5, 7
	%32 = xor i32 %21, %31
	%33 = shl i32 %32, 4
	%34 = add i32 %30, %33
	%35 = and i32 %5, 7
	%36 = shl i32 %21, 3
	%37 = add i32 %35, %36
	%38 = lshr i32 %5, 3
	%39 = and i32 %38, 1
	%40 = mul i32 %37, 128
	%41 = add i32 %20, %40
	%42 = and i32 %5, 7
	%43 = xor i32 %39, %42
	%44 = shl i32 %43, 4
	%45 = add i32 %41, %44
	%46 = add i32 %T, 63
	%47 = sdiv i32 %46, 64
	br label %48

48:
	%49 = phi i32 [ 0, %entry ], [ %1223, %1222 ]
	%50 = phi float [ 0xFFF0000000000000, %entry ], [ %915, %1222 ]
	%51 = phi float [ 0xFFF0000000000000, %entry ], [ %996, %1222 ]
	%52 = phi float [ 0.0, %entry ], [ %968, %1222 ]
	%53 = phi float [ 0.0, %entry ], [ %1049, %1222 ]
	%54 = icmp slt i32 %49, %47
	br i1 %54, label %55, label %57

55:
	%56 = mul i32 %49, 64
	br label %69

57:
	%58 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %52, i32 1, i32 31)
	%59 = fadd float %52, %58
	%60 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %59, i32 2, i32 31)
	%61 = fadd float %59, %60
	%62 = mul i32 %4, 16
	%63 = add i32 %6, 0
	%64 = add i32 %62, %63
	%65 = add i32 %3, %64
	%66 = icmp slt i32 %65, %R
	%67 = icmp eq i32 %7, 0
	%68 = and i1 %66, %67
	br i1 %68, label %1224, label %1237

69:
	%70 = phi i32 [ 0, %55 ], [ %510, %104 ]
	%71 = phi float [ 0.0, %55 ], [ %453, %104 ]
	%72 = phi float [ 0.0, %55 ], [ %454, %104 ]
	%73 = phi float [ 0.0, %55 ], [ %455, %104 ]
	%74 = phi float [ 0.0, %55 ], [ %456, %104 ]
	%75 = phi float [ 0.0, %55 ], [ %458, %104 ]
	%76 = phi float [ 0.0, %55 ], [ %459, %104 ]
	%77 = phi float [ 0.0, %55 ], [ %460, %104 ]
	%78 = phi float [ 0.0, %55 ], [ %461, %104 ]
	%79 = phi float [ 0.0, %55 ], [ %469, %104 ]
	%80 = phi float [ 0.0, %55 ], [ %470, %104 ]
	%81 = phi float [ 0.0, %55 ], [ %471, %104 ]
	%82 = phi float [ 0.0, %55 ], [ %472, %104 ]
	%83 = phi float [ 0.0, %55 ], [ %474, %104 ]
	%84 = phi float [ 0.0, %55 ], [ %475, %104 ]
	%85 = phi float [ 0.0, %55 ], [ %476, %104 ]
	%86 = phi float [ 0.0, %55 ], [ %477, %104 ]
	%87 = phi float [ 0.0, %55 ], [ %485, %104 ]
	%88 = phi float [ 0.0, %55 ], [ %486, %104 ]
	%89 = phi float [ 0.0, %55 ], [ %487, %104 ]
	%90 = phi float [ 0.0, %55 ], [ %488, %104 ]
	%91 = phi float [ 0.0, %55 ], [ %490, %104 ]
	%92 = phi float [ 0.0, %55 ], [ %491, %104 ]
	%93 = phi float [ 0.0, %55 ], [ %492, %104 ]
	%94 = phi float [ 0.0, %55 ], [ %493, %104 ]
	%95 = phi float [ 0.0, %55 ], [ %501, %104 ]
	%96 = phi float [ 0.0, %55 ], [ %502, %104 ]
	%97 = phi float [ 0.0, %55 ], [ %503, %104 ]
	%98 = phi float [ 0.0, %55 ], [ %504, %104 ]
	%99 = phi float [ 0.0, %55 ], [ %506, %104 ]
	%100 = phi float [ 0.0, %55 ], [ %507, %104 ]
	%101 = phi float [ 0.0, %55 ], [ %508, %104 ]
	%102 = phi float [ 0.0, %55 ], [ %509, %104 ]
	%103 = icmp slt i32 %70, 4
	br i1 %103, label %104, label %511

104:
	%105 = sub i32 3, %70
	%106 = add i32 %0, 0
	%107 = lshr i32 %106, 3
	%108 = and i32 %106, 7
	%109 = add i32 %3, %107
	%110 = mul i32 %109, 4
	%111 = add i32 %110, %105
	%112 = icmp slt i32 %111, %M
	%113 = select i1 %112, i32 %111, i32 0
	%114 = mul i32 %113, 64
	%115 = mul i32 %108, 8
	%116 = add i32 %114, %115
	%117 = and i32 %107, 7
	%118 = xor i32 %108, %117
	%119 = mul i32 %107, 8
	%120 = add i32 %119, %118
	%121 = shl i32 %120, 4
	%122 = add i32 %19, %121
	%123 = sext i32 %116 to i64
	%124 = getelementptr i16, i16* %12, i64 %123
	%125 = select i1 %112, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %122, i16* %124, i32 %125)
	%126 = add i32 %0, 256
	%127 = lshr i32 %126, 3
	%128 = and i32 %126, 7
	%129 = add i32 %3, %127
	%130 = mul i32 %129, 4
	%131 = add i32 %130, %105
	%132 = icmp slt i32 %131, %M
	%133 = select i1 %132, i32 %131, i32 0
	%134 = mul i32 %133, 64
	%135 = mul i32 %128, 8
	%136 = add i32 %134, %135
	%137 = and i32 %127, 7
	%138 = xor i32 %128, %137
	%139 = mul i32 %127, 8
	%140 = add i32 %139, %138
	%141 = shl i32 %140, 4
	%142 = add i32 %19, %141
	%143 = sext i32 %136 to i64
	%144 = getelementptr i16, i16* %12, i64 %143
	%145 = select i1 %132, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %142, i16* %144, i32 %145)
	%146 = add i32 %0, 512
	%147 = lshr i32 %146, 3
	%148 = and i32 %146, 7
	%149 = add i32 %3, %147
	%150 = mul i32 %149, 4
	%151 = add i32 %150, %105
	%152 = icmp slt i32 %151, %M
	%153 = select i1 %152, i32 %151, i32 0
	%154 = mul i32 %153, 64
	%155 = mul i32 %148, 8
	%156 = add i32 %154, %155
	%157 = and i32 %147, 7
	%158 = xor i32 %148, %157
	%159 = mul i32 %147, 8
	%160 = add i32 %159, %158
	%161 = shl i32 %160, 4
	%162 = add i32 %19, %161
	%163 = sext i32 %156 to i64
	%164 = getelementptr i16, i16* %12, i64 %163
	%165 = select i1 %152, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %162, i16* %164, i32 %165)
	%166 = add i32 %0, 768
	%167 = lshr i32 %166, 3
	%168 = and i32 %166, 7
	%169 = add i32 %3, %167
	%170 = mul i32 %169, 4
	%171 = add i32 %170, %105
	%172 = icmp slt i32 %171, %M
	%173 = select i1 %172, i32 %171, i32 0
	%174 = mul i32 %173, 64
	%175 = mul i32 %168, 8
	%176 = add i32 %174, %175
	%177 = and i32 %167, 7
	%178 = xor i32 %168, %177
	%179 = mul i32 %167, 8
	%180 = add i32 %179, %178
	%181 = shl i32 %180, 4
	%182 = add i32 %19, %181
	%183 = sext i32 %176 to i64
	%184 = getelementptr i16, i16* %12, i64 %183
	%185 = select i1 %172, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %182, i16* %184, i32 %185)
	%186 = add i32 %0, 0
	%187 = lshr i32 %186, 3
	%188 = and i32 %186, 7
	%189 = add i32 %56, %187
	%190 = mul i32 %189, 4
	%191 = add i32 %190, %70
	%192 = icmp slt i32 %191, %N
	%193 = select i1 %192, i32 %191, i32 0
	%194 = mul i32 %193, 64
	%195 = mul i32 %188, 8
	%196 = add i32 %194, %195
	%197 = and i32 %187, 7
	%198 = xor i32 %188, %197
	%199 = mul i32 %187, 8
	%200 = add i32 %199, %198
	%201 = shl i32 %200, 4
	%202 = add i32 %20, %201
	%203 = sext i32 %196 to i64
	%204 = getelementptr i16, i16* %16, i64 %203
	%205 = select i1 %192, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %202, i16* %204, i32 %205)
	%206 = add i32 %0, 256
	%207 = lshr i32 %206, 3
	%208 = and i32 %206, 7
	%209 = add i32 %56, %207
	%210 = mul i32 %209, 4
	%211 = add i32 %210, %70
	%212 = icmp slt i32 %211, %N
	%213 = select i1 %212, i32 %211, i32 0
	%214 = mul i32 %213, 64
	%215 = mul i32 %208, 8
	%216 = add i32 %214, %215
	%217 = and i32 %207, 7
	%218 = xor i32 %208, %217
	%219 = mul i32 %207, 8
	%220 = add i32 %219, %218
	%221 = shl i32 %220, 4
	%222 = add i32 %20, %221
	%223 = sext i32 %216 to i64
	%224 = getelementptr i16, i16* %16, i64 %223
	%225 = select i1 %212, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %222, i16* %224, i32 %225)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%226 = xor i32 %34, 0
	%227 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %226)
	%228 = extractvalue { i32, i32, i32, i32 } %227, 0
	%229 = extractvalue { i32, i32, i32, i32 } %227, 1
	%230 = extractvalue { i32, i32, i32, i32 } %227, 2
	%231 = extractvalue { i32, i32, i32, i32 } %227, 3
	%232 = xor i32 %45, 0
	%233 = add i32 %232, 0
	%234 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %233)
	%235 = extractvalue { i32, i32, i32, i32 } %234, 0
	%236 = extractvalue { i32, i32, i32, i32 } %234, 1
	%237 = extractvalue { i32, i32, i32, i32 } %234, 2
	%238 = extractvalue { i32, i32, i32, i32 } %234, 3
	%239 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %228, i32 %229, i32 %230, i32 %231, i32 %235, i32 %236, float %71, float %72, float %73, float %74)
	%240 = extractvalue { float, float, float, float } %239, 0
	%241 = extractvalue { float, float, float, float } %239, 1
	%242 = extractvalue { float, float, float, float } %239, 2
	%243 = extractvalue { float, float, float, float } %239, 3
	%244 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %228, i32 %229, i32 %230, i32 %231, i32 %237, i32 %238, float %75, float %76, float %77, float %78)
	%245 = extractvalue { float, float, float, float } %244, 0
	%246 = extractvalue { float, float, float, float } %244, 1
	%247 = extractvalue { float, float, float, float } %244, 2
	%248 = extractvalue { float, float, float, float } %244, 3
	%249 = add i32 %232, 2048
	%250 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %249)
	%251 = extractvalue { i32, i32, i32, i32 } %250, 0
	%252 = extractvalue { i32, i32, i32, i32 } %250, 1
	%253 = extractvalue { i32, i32, i32, i32 } %250, 2
	%254 = extractvalue { i32, i32, i32, i32 } %250, 3
	%255 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %228, i32 %229, i32 %230, i32 %231, i32 %251, i32 %252, float %79, float %80, float %81, float %82)
	%256 = extractvalue { float, float, float, float } %255, 0
	%257 = extractvalue { float, float, float, float } %255, 1
	%258 = extractvalue { float, float, float, float } %255, 2
	%259 = extractvalue { float, float, float, float } %255, 3
	%260 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %228, i32 %229, i32 %230, i32 %231, i32 %253, i32 %254, float %83, float %84, float %85, float %86)
	%261 = extractvalue { float, float, float, float } %260, 0
	%262 = extractvalue { float, float, float, float } %260, 1
	%263 = extractvalue { float, float, float, float } %260, 2
	%264 = extractvalue { float, float, float, float } %260, 3
	%265 = add i32 %232, u0x1000
	%266 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %265)
	%267 = extractvalue { i32, i32, i32, i32 } %266, 0
	%268 = extractvalue { i32, i32, i32, i32 } %266, 1
	%269 = extractvalue { i32, i32, i32, i32 } %266, 2
	%270 = extractvalue { i32, i32, i32, i32 } %266, 3
	%271 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %228, i32 %229, i32 %230, i32 %231, i32 %267, i32 %268, float %87, float %88, float %89, float %90)
	%272 = extractvalue { float, float, float, float } %271, 0
	%273 = extractvalue { float, float, float, float } %271, 1
	%274 = extractvalue { float, float, float, float } %271, 2
	%275 = extractvalue { float, float, float, float } %271, 3
	%276 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %228, i32 %229, i32 %230, i32 %231, i32 %269, i32 %270, float %91, float %92, float %93, float %94)
	%277 = extractvalue { float, float, float, float } %276, 0
	%278 = extractvalue { float, float, float, float } %276, 1
	%279 = extractvalue { float, float, float, float } %276, 2
	%280 = extractvalue { float, float, float, float } %276, 3
	%281 = add i32 %232, 6144
	%282 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %281)
	%283 = extractvalue { i32, i32, i32, i32 } %282, 0
	%284 = extractvalue { i32, i32, i32, i32 } %282, 1
	%285 = extractvalue { i32, i32, i32, i32 } %282, 2
	%286 = extractvalue { i32, i32, i32, i32 } %282, 3
	%287 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %228, i32 %229, i32 %230, i32 %231, i32 %283, i32 %284, float %95, float %96, float %97, float %98)
	%288 = extractvalue { float, float, float, float } %287, 0
	%289 = extractvalue { float, float, float, float } %287, 1
	%290 = extractvalue { float, float, float, float } %287, 2
	%291 = extractvalue { float, float, float, float } %287, 3
	%292 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %228, i32 %229, i32 %230, i32 %231, i32 %285, i32 %286, float %99, float %100, float %101, float %102)
	%293 = extractvalue { float, float, float, float } %292, 0
	%294 = extractvalue { float, float, float, float } %292, 1
	%295 = extractvalue { float, float, float, float } %292, 2
	%296 = extractvalue { float, float, float, float } %292, 3
	%297 = xor i32 %34, 32
	%298 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %297)
	%299 = extractvalue { i32, i32, i32, i32 } %298, 0
	%300 = extractvalue { i32, i32, i32, i32 } %298, 1
	%301 = extractvalue { i32, i32, i32, i32 } %298, 2
	%302 = extractvalue { i32, i32, i32, i32 } %298, 3
	%303 = xor i32 %45, 32
	%304 = add i32 %303, 0
	%305 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %304)
	%306 = extractvalue { i32, i32, i32, i32 } %305, 0
	%307 = extractvalue { i32, i32, i32, i32 } %305, 1
	%308 = extractvalue { i32, i32, i32, i32 } %305, 2
	%309 = extractvalue { i32, i32, i32, i32 } %305, 3
	%310 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %299, i32 %300, i32 %301, i32 %302, i32 %306, i32 %307, float %240, float %241, float %242, float %243)
	%311 = extractvalue { float, float, float, float } %310, 0
	%312 = extractvalue { float, float, float, float } %310, 1
	%313 = extractvalue { float, float, float, float } %310, 2
	%314 = extractvalue { float, float, float, float } %310, 3
	%315 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %299, i32 %300, i32 %301, i32 %302, i32 %308, i32 %309, float %245, float %246, float %247, float %248)
	%316 = extractvalue { float, float, float, float } %315, 0
	%317 = extractvalue { float, float, float, float } %315, 1
	%318 = extractvalue { float, float, float, float } %315, 2
	%319 = extractvalue { float, float, float, float } %315, 3
	%320 = add i32 %303, 2048
	%321 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %320)
	%322 = extractvalue { i32, i32, i32, i32 } %321, 0
	%323 = extractvalue { i32, i32, i32, i32 } %321, 1
	%324 = extractvalue { i32, i32, i32, i32 } %321, 2
	%325 = extractvalue { i32, i32, i32, i32 } %321, 3
	%326 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %299, i32 %300, i32 %301, i32 %302, i32 %322, i32 %323, float %256, float %257, float %258, float %259)
	%327 = extractvalue { float, float, float, float } %326, 0
	%328 = extractvalue { float, float, float, float } %326, 1
	%329 = extractvalue { float, float, float, float } %326, 2
	%330 = extractvalue { float, float, float, float } %326, 3
	%331 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %299, i32 %300, i32 %301, i32 %302, i32 %324, i32 %325, float %261, float %262, float %263, float %264)
	%332 = extractvalue { float, float, float, float } %331, 0
	%333 = extractvalue { float, float, float, float } %331, 1
	%334 = extractvalue { float, float, float, float } %331, 2
	%335 = extractvalue { float, float, float, float } %331, 3
	%336 = add i32 %303, u0x1000
	%337 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %336)
	%338 = extractvalue { i32, i32, i32, i32 } %337, 0
	%339 = extractvalue { i32, i32, i32, i32 } %337, 1
	%340 = extractvalue { i32, i32, i32, i32 } %337, 2
	%341 = extractvalue { i32, i32, i32, i32 } %337, 3
	%342 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %299, i32 %300, i32 %301, i32 %302, i32 %338, i32 %339, float %272, float %273, float %274, float %275)
	%343 = extractvalue { float, float, float, float } %342, 0
	%344 = extractvalue { float, float, float, float } %342, 1
	%345 = extractvalue { float, float, float, float } %342, 2
	%346 = extractvalue { float, float, float, float } %342, 3
	%347 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %299, i32 %300, i32 %301, i32 %302, i32 %340, i32 %341, float %277, float %278, float %279, float %280)
	%348 = extractvalue { float, float, float, float } %347, 0
	%349 = extractvalue { float, float, float, float } %347, 1
	%350 = extractvalue { float, float, float, float } %347, 2
	%351 = extractvalue { float, float, float, float } %347, 3
	%352 = add i32 %303, 6144
	%353 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %352)
	%354 = extractvalue { i32, i32, i32, i32 } %353, 0
	%355 = extractvalue { i32, i32, i32, i32 } %353, 1
	%356 = extractvalue { i32, i32, i32, i32 } %353, 2
	%357 = extractvalue { i32, i32, i32, i32 } %353, 3
	%358 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %299, i32 %300, i32 %301, i32 %302, i32 %354, i32 %355, float %288, float %289, float %290, float %291)
	%359 = extractvalue { float, float, float, float } %358, 0
	%360 = extractvalue { float, float, float, float } %358, 1
	%361 = extractvalue { float, float, float, float } %358, 2
	%362 = extractvalue { float, float, float, float } %358, 3
	%363 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %299, i32 %300, i32 %301, i32 %302, i32 %356, i32 %357, float %293, float %294, float %295, float %296)
	%364 = extractvalue { float, float, float, float } %363, 0
	%365 = extractvalue { float, float, float, float } %363, 1
	%366 = extractvalue { float, float, float, float } %363, 2
	%367 = extractvalue { float, float, float, float } %363, 3
	%368 = xor i32 %34, 64
	%369 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %368)
	%370 = extractvalue { i32, i32, i32, i32 } %369, 0
	%371 = extractvalue { i32, i32, i32, i32 } %369, 1
	%372 = extractvalue { i32, i32, i32, i32 } %369, 2
	%373 = extractvalue { i32, i32, i32, i32 } %369, 3
	%374 = xor i32 %45, 64
	%375 = add i32 %374, 0
	%376 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %375)
	%377 = extractvalue { i32, i32, i32, i32 } %376, 0
	%378 = extractvalue { i32, i32, i32, i32 } %376, 1
	%379 = extractvalue { i32, i32, i32, i32 } %376, 2
	%380 = extractvalue { i32, i32, i32, i32 } %376, 3
	%381 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %370, i32 %371, i32 %372, i32 %373, i32 %377, i32 %378, float %311, float %312, float %313, float %314)
	%382 = extractvalue { float, float, float, float } %381, 0
	%383 = extractvalue { float, float, float, float } %381, 1
	%384 = extractvalue { float, float, float, float } %381, 2
	%385 = extractvalue { float, float, float, float } %381, 3
	%386 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %370, i32 %371, i32 %372, i32 %373, i32 %379, i32 %380, float %316, float %317, float %318, float %319)
	%387 = extractvalue { float, float, float, float } %386, 0
	%388 = extractvalue { float, float, float, float } %386, 1
	%389 = extractvalue { float, float, float, float } %386, 2
	%390 = extractvalue { float, float, float, float } %386, 3
	%391 = add i32 %374, 2048
	%392 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %391)
	%393 = extractvalue { i32, i32, i32, i32 } %392, 0
	%394 = extractvalue { i32, i32, i32, i32 } %392, 1
	%395 = extractvalue { i32, i32, i32, i32 } %392, 2
	%396 = extractvalue { i32, i32, i32, i32 } %392, 3
	%397 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %370, i32 %371, i32 %372, i32 %373, i32 %393, i32 %394, float %327, float %328, float %329, float %330)
	%398 = extractvalue { float, float, float, float } %397, 0
	%399 = extractvalue { float, float, float, float } %397, 1
	%400 = extractvalue { float, float, float, float } %397, 2
	%401 = extractvalue { float, float, float, float } %397, 3
	%402 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %370, i32 %371, i32 %372, i32 %373, i32 %395, i32 %396, float %332, float %333, float %334, float %335)
	%403 = extractvalue { float, float, float, float } %402, 0
	%404 = extractvalue { float, float, float, float } %402, 1
	%405 = extractvalue { float, float, float, float } %402, 2
	%406 = extractvalue { float, float, float, float } %402, 3
	%407 = add i32 %374, u0x1000
	%408 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %407)
	%409 = extractvalue { i32, i32, i32, i32 } %408, 0
	%410 = extractvalue { i32, i32, i32, i32 } %408, 1
	%411 = extractvalue { i32, i32, i32, i32 } %408, 2
	%412 = extractvalue { i32, i32, i32, i32 } %408, 3
	%413 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %370, i32 %371, i32 %372, i32 %373, i32 %409, i32 %410, float %343, float %344, float %345, float %346)
	%414 = extractvalue { float, float, float, float } %413, 0
	%415 = extractvalue { float, float, float, float } %413, 1
	%416 = extractvalue { float, float, float, float } %413, 2
	%417 = extractvalue { float, float, float, float } %413, 3
	%418 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %370, i32 %371, i32 %372, i32 %373, i32 %411, i32 %412, float %348, float %349, float %350, float %351)
	%419 = extractvalue { float, float, float, float } %418, 0
	%420 = extractvalue { float, float, float, float } %418, 1
	%421 = extractvalue { float, float, float, float } %418, 2
	%422 = extractvalue { float, float, float, float } %418, 3
	%423 = add i32 %374, 6144
	%424 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %423)
	%425 = extractvalue { i32, i32, i32, i32 } %424, 0
	%426 = extractvalue { i32, i32, i32, i32 } %424, 1
	%427 = extractvalue { i32, i32, i32, i32 } %424, 2
	%428 = extractvalue { i32, i32, i32, i32 } %424, 3
	%429 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %370, i32 %371, i32 %372, i32 %373, i32 %425, i32 %426, float %359, float %360, float %361, float %362)
	%430 = extractvalue { float, float, float, float } %429, 0
	%431 = extractvalue { float, float, float, float } %429, 1
	%432 = extractvalue { float, float, float, float } %429, 2
	%433 = extractvalue { float, float, float, float } %429, 3
	%434 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %370, i32 %371, i32 %372, i32 %373, i32 %427, i32 %428, float %364, float %365, float %366, float %367)
	%435 = extractvalue { float, float, float, float } %434, 0
	%436 = extractvalue { float, float, float, float } %434, 1
	%437 = extractvalue { float, float, float, float } %434, 2
	%438 = extractvalue { float, float, float, float } %434, 3
	%439 = xor i32 %34, 96
	%440 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %439)
	%441 = extractvalue { i32, i32, i32, i32 } %440, 0
	%442 = extractvalue { i32, i32, i32, i32 } %440, 1
	%443 = extractvalue { i32, i32, i32, i32 } %440, 2
	%444 = extractvalue { i32, i32, i32, i32 } %440, 3
	%445 = xor i32 %45, 96
	%446 = add i32 %445, 0
	%447 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %446)
	%448 = extractvalue { i32, i32, i32, i32 } %447, 0
	%449 = extractvalue { i32, i32, i32, i32 } %447, 1
	%450 = extractvalue { i32, i32, i32, i32 } %447, 2
	%451 = extractvalue { i32, i32, i32, i32 } %447, 3
	%452 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %441, i32 %442, i32 %443, i32 %444, i32 %448, i32 %449, float %382, float %383, float %384, float %385)
	%453 = extractvalue { float, float, float, float } %452, 0
	%454 = extractvalue { float, float, float, float } %452, 1
	%455 = extractvalue { float, float, float, float } %452, 2
	%456 = extractvalue { float, float, float, float } %452, 3
	%457 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %441, i32 %442, i32 %443, i32 %444, i32 %450, i32 %451, float %387, float %388, float %389, float %390)
	%458 = extractvalue { float, float, float, float } %457, 0
	%459 = extractvalue { float, float, float, float } %457, 1
	%460 = extractvalue { float, float, float, float } %457, 2
	%461 = extractvalue { float, float, float, float } %457, 3
	%462 = add i32 %445, 2048
	%463 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %462)
	%464 = extractvalue { i32, i32, i32, i32 } %463, 0
	%465 = extractvalue { i32, i32, i32, i32 } %463, 1
	%466 = extractvalue { i32, i32, i32, i32 } %463, 2
	%467 = extractvalue { i32, i32, i32, i32 } %463, 3
	%468 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %441, i32 %442, i32 %443, i32 %444, i32 %464, i32 %465, float %398, float %399, float %400, float %401)
	%469 = extractvalue { float, float, float, float } %468, 0
	%470 = extractvalue { float, float, float, float } %468, 1
	%471 = extractvalue { float, float, float, float } %468, 2
	%472 = extractvalue { float, float, float, float } %468, 3
	%473 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %441, i32 %442, i32 %443, i32 %444, i32 %466, i32 %467, float %403, float %404, float %405, float %406)
	%474 = extractvalue { float, float, float, float } %473, 0
	%475 = extractvalue { float, float, float, float } %473, 1
	%476 = extractvalue { float, float, float, float } %473, 2
	%477 = extractvalue { float, float, float, float } %473, 3
	%478 = add i32 %445, u0x1000
	%479 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %478)
	%480 = extractvalue { i32, i32, i32, i32 } %479, 0
	%481 = extractvalue { i32, i32, i32, i32 } %479, 1
	%482 = extractvalue { i32, i32, i32, i32 } %479, 2
	%483 = extractvalue { i32, i32, i32, i32 } %479, 3
	%484 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %441, i32 %442, i32 %443, i32 %444, i32 %480, i32 %481, float %414, float %415, float %416, float %417)
	%485 = extractvalue { float, float, float, float } %484, 0
	%486 = extractvalue { float, float, float, float } %484, 1
	%487 = extractvalue { float, float, float, float } %484, 2
	%488 = extractvalue { float, float, float, float } %484, 3
	%489 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %441, i32 %442, i32 %443, i32 %444, i32 %482, i32 %483, float %419, float %420, float %421, float %422)
	%490 = extractvalue { float, float, float, float } %489, 0
	%491 = extractvalue { float, float, float, float } %489, 1
	%492 = extractvalue { float, float, float, float } %489, 2
	%493 = extractvalue { float, float, float, float } %489, 3
	%494 = add i32 %445, 6144
	%495 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %494)
	%496 = extractvalue { i32, i32, i32, i32 } %495, 0
	%497 = extractvalue { i32, i32, i32, i32 } %495, 1
	%498 = extractvalue { i32, i32, i32, i32 } %495, 2
	%499 = extractvalue { i32, i32, i32, i32 } %495, 3
	%500 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %441, i32 %442, i32 %443, i32 %444, i32 %496, i32 %497, float %430, float %431, float %432, float %433)
	%501 = extractvalue { float, float, float, float } %500, 0
	%502 = extractvalue { float, float, float, float } %500, 1
	%503 = extractvalue { float, float, float, float } %500, 2
	%504 = extractvalue { float, float, float, float } %500, 3
	%505 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %441, i32 %442, i32 %443, i32 %444, i32 %498, i32 %499, float %435, float %436, float %437, float %438)
	%506 = extractvalue { float, float, float, float } %505, 0
	%507 = extractvalue { float, float, float, float } %505, 1
	%508 = extractvalue { float, float, float, float } %505, 2
	%509 = extractvalue { float, float, float, float } %505, 3
	call void @llvm.nvvm.barrier0()
	%510 = add i32 %70, 1
	br label %69

511:
	%512 = mul i32 %4, 16
	%513 = add i32 %6, 0
	%514 = add i32 %512, %513
	%515 = add i32 %3, %514
	%516 = shl i32 %7, 1
	%517 = add i32 0, %516
	%518 = add i32 %56, %517
	%519 = icmp slt i32 %515, %R
	%520 = icmp slt i32 %518, %T
	%521 = and i1 %519, %520
	%522 = fmul float %71, 0x3FA7154760000000
	%523 = select i1 %521, float %522, float 0xFFF0000000000000
	%524 = mul i32 %4, 16
	%525 = add i32 %6, 0
	%526 = add i32 %524, %525
	%527 = add i32 %3, %526
	%528 = shl i32 %7, 1
	%529 = add i32 1, %528
	%530 = add i32 %56, %529
	%531 = icmp slt i32 %527, %R
	%532 = icmp slt i32 %530, %T
	%533 = and i1 %531, %532
	%534 = fmul float %72, 0x3FA7154760000000
	%535 = select i1 %533, float %534, float 0xFFF0000000000000
	%536 = mul i32 %4, 16
	%537 = add i32 %6, 8
	%538 = add i32 %536, %537
	%539 = add i32 %3, %538
	%540 = shl i32 %7, 1
	%541 = add i32 0, %540
	%542 = add i32 %56, %541
	%543 = icmp slt i32 %539, %R
	%544 = icmp slt i32 %542, %T
	%545 = and i1 %543, %544
	%546 = fmul float %73, 0x3FA7154760000000
	%547 = select i1 %545, float %546, float 0xFFF0000000000000
	%548 = mul i32 %4, 16
	%549 = add i32 %6, 8
	%550 = add i32 %548, %549
	%551 = add i32 %3, %550
	%552 = shl i32 %7, 1
	%553 = add i32 1, %552
	%554 = add i32 %56, %553
	%555 = icmp slt i32 %551, %R
	%556 = icmp slt i32 %554, %T
	%557 = and i1 %555, %556
	%558 = fmul float %74, 0x3FA7154760000000
	%559 = select i1 %557, float %558, float 0xFFF0000000000000
	%560 = mul i32 %4, 16
	%561 = add i32 %6, 0
	%562 = add i32 %560, %561
	%563 = add i32 %3, %562
	%564 = shl i32 %7, 1
	%565 = add i32 8, %564
	%566 = add i32 %56, %565
	%567 = icmp slt i32 %563, %R
	%568 = icmp slt i32 %566, %T
	%569 = and i1 %567, %568
	%570 = fmul float %75, 0x3FA7154760000000
	%571 = select i1 %569, float %570, float 0xFFF0000000000000
	%572 = mul i32 %4, 16
	%573 = add i32 %6, 0
	%574 = add i32 %572, %573
	%575 = add i32 %3, %574
	%576 = shl i32 %7, 1
	%577 = add i32 9, %576
	%578 = add i32 %56, %577
	%579 = icmp slt i32 %575, %R
	%580 = icmp slt i32 %578, %T
	%581 = and i1 %579, %580
	%582 = fmul float %76, 0x3FA7154760000000
	%583 = select i1 %581, float %582, float 0xFFF0000000000000
	%584 = mul i32 %4, 16
	%585 = add i32 %6, 8
	%586 = add i32 %584, %585
	%587 = add i32 %3, %586
	%588 = shl i32 %7, 1
	%589 = add i32 8, %588
	%590 = add i32 %56, %589
	%591 = icmp slt i32 %587, %R
	%592 = icmp slt i32 %590, %T
	%593 = and i1 %591, %592
	%594 = fmul float %77, 0x3FA7154760000000
	%595 = select i1 %593, float %594, float 0xFFF0000000000000
	%596 = mul i32 %4, 16
	%597 = add i32 %6, 8
	%598 = add i32 %596, %597
	%599 = add i32 %3, %598
	%600 = shl i32 %7, 1
	%601 = add i32 9, %600
	%602 = add i32 %56, %601
	%603 = icmp slt i32 %599, %R
	%604 = icmp slt i32 %602, %T
	%605 = and i1 %603, %604
	%606 = fmul float %78, 0x3FA7154760000000
	%607 = select i1 %605, float %606, float 0xFFF0000000000000
	%608 = mul i32 %4, 16
	%609 = add i32 %6, 0
	%610 = add i32 %608, %609
	%611 = add i32 %3, %610
	%612 = shl i32 %7, 1
	%613 = add i32 16, %612
	%614 = add i32 %56, %613
	%615 = icmp slt i32 %611, %R
	%616 = icmp slt i32 %614, %T
	%617 = and i1 %615, %616
	%618 = fmul float %79, 0x3FA7154760000000
	%619 = select i1 %617, float %618, float 0xFFF0000000000000
	%620 = mul i32 %4, 16
	%621 = add i32 %6, 0
	%622 = add i32 %620, %621
	%623 = add i32 %3, %622
	%624 = shl i32 %7, 1
	%625 = add i32 17, %624
	%626 = add i32 %56, %625
	%627 = icmp slt i32 %623, %R
	%628 = icmp slt i32 %626, %T
	%629 = and i1 %627, %628
	%630 = fmul float %80, 0x3FA7154760000000
	%631 = select i1 %629, float %630, float 0xFFF0000000000000
	%632 = mul i32 %4, 16
	%633 = add i32 %6, 8
	%634 = add i32 %632, %633
	%635 = add i32 %3, %634
	%636 = shl i32 %7, 1
	%637 = add i32 16, %636
	%638 = add i32 %56, %637
	%639 = icmp slt i32 %635, %R
	%640 = icmp slt i32 %638, %T
	%641 = and i1 %639, %640
	%642 = fmul float %81, 0x3FA7154760000000
	%643 = select i1 %641, float %642, float 0xFFF0000000000000
	%644 = mul i32 %4, 16
	%645 = add i32 %6, 8
	%646 = add i32 %644, %645
	%647 = add i32 %3, %646
	%648 = shl i32 %7, 1
	%649 = add i32 17, %648
	%650 = add i32 %56, %649
	%651 = icmp slt i32 %647, %R
	%652 = icmp slt i32 %650, %T
	%653 = and i1 %651, %652
	%654 = fmul float %82, 0x3FA7154760000000
	%655 = select i1 %653, float %654, float 0xFFF0000000000000
	%656 = mul i32 %4, 16
	%657 = add i32 %6, 0
	%658 = add i32 %656, %657
	%659 = add i32 %3, %658
	%660 = shl i32 %7, 1
	%661 = add i32 24, %660
	%662 = add i32 %56, %661
	%663 = icmp slt i32 %659, %R
	%664 = icmp slt i32 %662, %T
	%665 = and i1 %663, %664
	%666 = fmul float %83, 0x3FA7154760000000
	%667 = select i1 %665, float %666, float 0xFFF0000000000000
	%668 = mul i32 %4, 16
	%669 = add i32 %6, 0
	%670 = add i32 %668, %669
	%671 = add i32 %3, %670
	%672 = shl i32 %7, 1
	%673 = add i32 25, %672
	%674 = add i32 %56, %673
	%675 = icmp slt i32 %671, %R
	%676 = icmp slt i32 %674, %T
	%677 = and i1 %675, %676
	%678 = fmul float %84, 0x3FA7154760000000
	%679 = select i1 %677, float %678, float 0xFFF0000000000000
	%680 = mul i32 %4, 16
	%681 = add i32 %6, 8
	%682 = add i32 %680, %681
	%683 = add i32 %3, %682
	%684 = shl i32 %7, 1
	%685 = add i32 24, %684
	%686 = add i32 %56, %685
	%687 = icmp slt i32 %683, %R
	%688 = icmp slt i32 %686, %T
	%689 = and i1 %687, %688
	%690 = fmul float %85, 0x3FA7154760000000
	%691 = select i1 %689, float %690, float 0xFFF0000000000000
	%692 = mul i32 %4, 16
	%693 = add i32 %6, 8
	%694 = add i32 %692, %693
	%695 = add i32 %3, %694
	%696 = shl i32 %7, 1
	%697 = add i32 25, %696
	%698 = add i32 %56, %697
	%699 = icmp slt i32 %695, %R
	%700 = icmp slt i32 %698, %T
	%701 = and i1 %699, %700
	%702 = fmul float %86, 0x3FA7154760000000
	%703 = select i1 %701, float %702, float 0xFFF0000000000000
	%704 = mul i32 %4, 16
	%705 = add i32 %6, 0
	%706 = add i32 %704, %705
	%707 = add i32 %3, %706
	%708 = shl i32 %7, 1
	%709 = add i32 32, %708
	%710 = add i32 %56, %709
	%711 = icmp slt i32 %707, %R
	%712 = icmp slt i32 %710, %T
	%713 = and i1 %711, %712
	%714 = fmul float %87, 0x3FA7154760000000
	%715 = select i1 %713, float %714, float 0xFFF0000000000000
	%716 = mul i32 %4, 16
	%717 = add i32 %6, 0
	%718 = add i32 %716, %717
	%719 = add i32 %3, %718
	%720 = shl i32 %7, 1
	%721 = add i32 33, %720
	%722 = add i32 %56, %721
	%723 = icmp slt i32 %719, %R
	%724 = icmp slt i32 %722, %T
	%725 = and i1 %723, %724
	%726 = fmul float %88, 0x3FA7154760000000
	%727 = select i1 %725, float %726, float 0xFFF0000000000000
	%728 = mul i32 %4, 16
	%729 = add i32 %6, 8
	%730 = add i32 %728, %729
	%731 = add i32 %3, %730
	%732 = shl i32 %7, 1
	%733 = add i32 32, %732
	%734 = add i32 %56, %733
	%735 = icmp slt i32 %731, %R
	%736 = icmp slt i32 %734, %T
	%737 = and i1 %735, %736
	%738 = fmul float %89, 0x3FA7154760000000
	%739 = select i1 %737, float %738, float 0xFFF0000000000000
	%740 = mul i32 %4, 16
	%741 = add i32 %6, 8
	%742 = add i32 %740, %741
	%743 = add i32 %3, %742
	%744 = shl i32 %7, 1
	%745 = add i32 33, %744
	%746 = add i32 %56, %745
	%747 = icmp slt i32 %743, %R
	%748 = icmp slt i32 %746, %T
	%749 = and i1 %747, %748
	%750 = fmul float %90, 0x3FA7154760000000
	%751 = select i1 %749, float %750, float 0xFFF0000000000000
	%752 = mul i32 %4, 16
	%753 = add i32 %6, 0
	%754 = add i32 %752, %753
	%755 = add i32 %3, %754
	%756 = shl i32 %7, 1
	%757 = add i32 40, %756
	%758 = add i32 %56, %757
	%759 = icmp slt i32 %755, %R
	%760 = icmp slt i32 %758, %T
	%761 = and i1 %759, %760
	%762 = fmul float %91, 0x3FA7154760000000
	%763 = select i1 %761, float %762, float 0xFFF0000000000000
	%764 = mul i32 %4, 16
	%765 = add i32 %6, 0
	%766 = add i32 %764, %765
	%767 = add i32 %3, %766
	%768 = shl i32 %7, 1
	%769 = add i32 41, %768
	%770 = add i32 %56, %769
	%771 = icmp slt i32 %767, %R
	%772 = icmp slt i32 %770, %T
	%773 = and i1 %771, %772
	%774 = fmul float %92, 0x3FA7154760000000
	%775 = select i1 %773, float %774, float 0xFFF0000000000000
	%776 = mul i32 %4, 16
	%777 = add i32 %6, 8
	%778 = add i32 %776, %777
	%779 = add i32 %3, %778
	%780 = shl i32 %7, 1
	%781 = add i32 40, %780
	%782 = add i32 %56, %781
	%783 = icmp slt i32 %779, %R
	%784 = icmp slt i32 %782, %T
	%785 = and i1 %783, %784
	%786 = fmul float %93, 0x3FA7154760000000
	%787 = select i1 %785, float %786, float 0xFFF0000000000000
	%788 = mul i32 %4, 16
	%789 = add i32 %6, 8
	%790 = add i32 %788, %789
	%791 = add i32 %3, %790
	%792 = shl i32 %7, 1
	%793 = add i32 41, %792
	%794 = add i32 %56, %793
	%795 = icmp slt i32 %791, %R
	%796 = icmp slt i32 %794, %T
	%797 = and i1 %795, %796
	%798 = fmul float %94, 0x3FA7154760000000
	%799 = select i1 %797, float %798, float 0xFFF0000000000000
	%800 = mul i32 %4, 16
	%801 = add i32 %6, 0
	%802 = add i32 %800, %801
	%803 = add i32 %3, %802
	%804 = shl i32 %7, 1
	%805 = add i32 48, %804
	%806 = add i32 %56, %805
	%807 = icmp slt i32 %803, %R
	%808 = icmp slt i32 %806, %T
	%809 = and i1 %807, %808
	%810 = fmul float %95, 0x3FA7154760000000
	%811 = select i1 %809, float %810, float 0xFFF0000000000000
	%812 = mul i32 %4, 16
	%813 = add i32 %6, 0
	%814 = add i32 %812, %813
	%815 = add i32 %3, %814
	%816 = shl i32 %7, 1
	%817 = add i32 49, %816
	%818 = add i32 %56, %817
	%819 = icmp slt i32 %815, %R
	%820 = icmp slt i32 %818, %T
	%821 = and i1 %819, %820
	%822 = fmul float %96, 0x3FA7154760000000
	%823 = select i1 %821, float %822, float 0xFFF0000000000000
	%824 = mul i32 %4, 16
	%825 = add i32 %6, 8
	%826 = add i32 %824, %825
	%827 = add i32 %3, %826
	%828 = shl i32 %7, 1
	%829 = add i32 48, %828
	%830 = add i32 %56, %829
	%831 = icmp slt i32 %827, %R
	%832 = icmp slt i32 %830, %T
	%833 = and i1 %831, %832
	%834 = fmul float %97, 0x3FA7154760000000
	%835 = select i1 %833, float %834, float 0xFFF0000000000000
	%836 = mul i32 %4, 16
	%837 = add i32 %6, 8
	%838 = add i32 %836, %837
	%839 = add i32 %3, %838
	%840 = shl i32 %7, 1
	%841 = add i32 49, %840
	%842 = add i32 %56, %841
	%843 = icmp slt i32 %839, %R
	%844 = icmp slt i32 %842, %T
	%845 = and i1 %843, %844
	%846 = fmul float %98, 0x3FA7154760000000
	%847 = select i1 %845, float %846, float 0xFFF0000000000000
	%848 = mul i32 %4, 16
	%849 = add i32 %6, 0
	%850 = add i32 %848, %849
	%851 = add i32 %3, %850
	%852 = shl i32 %7, 1
	%853 = add i32 56, %852
	%854 = add i32 %56, %853
	%855 = icmp slt i32 %851, %R
	%856 = icmp slt i32 %854, %T
	%857 = and i1 %855, %856
	%858 = fmul float %99, 0x3FA7154760000000
	%859 = select i1 %857, float %858, float 0xFFF0000000000000
	%860 = mul i32 %4, 16
	%861 = add i32 %6, 0
	%862 = add i32 %860, %861
	%863 = add i32 %3, %862
	%864 = shl i32 %7, 1
	%865 = add i32 57, %864
	%866 = add i32 %56, %865
	%867 = icmp slt i32 %863, %R
	%868 = icmp slt i32 %866, %T
	%869 = and i1 %867, %868
	%870 = fmul float %100, 0x3FA7154760000000
	%871 = select i1 %869, float %870, float 0xFFF0000000000000
	%872 = mul i32 %4, 16
	%873 = add i32 %6, 8
	%874 = add i32 %872, %873
	%875 = add i32 %3, %874
	%876 = shl i32 %7, 1
	%877 = add i32 56, %876
	%878 = add i32 %56, %877
	%879 = icmp slt i32 %875, %R
	%880 = icmp slt i32 %878, %T
	%881 = and i1 %879, %880
	%882 = fmul float %101, 0x3FA7154760000000
	%883 = select i1 %881, float %882, float 0xFFF0000000000000
	%884 = mul i32 %4, 16
	%885 = add i32 %6, 8
	%886 = add i32 %884, %885
	%887 = add i32 %3, %886
	%888 = shl i32 %7, 1
	%889 = add i32 57, %888
	%890 = add i32 %56, %889
	%891 = icmp slt i32 %887, %R
	%892 = icmp slt i32 %890, %T
	%893 = and i1 %891, %892
	%894 = fmul float %102, 0x3FA7154760000000
	%895 = select i1 %893, float %894, float 0xFFF0000000000000
	%896 = call float @llvm.nvvm.fmax.f(float %523, float %535)
	%897 = call float @llvm.nvvm.fmax.f(float %571, float %583)
	%898 = call float @llvm.nvvm.fmax.f(float %619, float %631)
	%899 = call float @llvm.nvvm.fmax.f(float %667, float %679)
	%900 = call float @llvm.nvvm.fmax.f(float %715, float %727)
	%901 = call float @llvm.nvvm.fmax.f(float %763, float %775)
	%902 = call float @llvm.nvvm.fmax.f(float %811, float %823)
	%903 = call float @llvm.nvvm.fmax.f(float %859, float %871)
	%904 = call float @llvm.nvvm.fmax.f(float %896, float %897)
	%905 = call float @llvm.nvvm.fmax.f(float %898, float %899)
	%906 = call float @llvm.nvvm.fmax.f(float %900, float %901)
	%907 = call float @llvm.nvvm.fmax.f(float %902, float %903)
	%908 = call float @llvm.nvvm.fmax.f(float %904, float %905)
	%909 = call float @llvm.nvvm.fmax.f(float %906, float %907)
	%910 = call float @llvm.nvvm.fmax.f(float %908, float %909)
	%911 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %910, i32 1, i32 31)
	%912 = call float @llvm.nvvm.fmax.f(float %910, float %911)
	%913 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %912, i32 2, i32 31)
	%914 = call float @llvm.nvvm.fmax.f(float %912, float %913)
	%915 = call float @llvm.nvvm.fmax.f(float %50, float %914)
	%916 = fcmp oeq float %915, 0xFFF0000000000000
	%917 = select i1 %916, float 0.0, float %915
	%918 = fsub float %523, %917
	%919 = call float @llvm.nvvm.ex2.approx.ftz.f(float %918)
	%920 = fsub float %535, %917
	%921 = call float @llvm.nvvm.ex2.approx.ftz.f(float %920)
	%922 = fsub float %571, %917
	%923 = call float @llvm.nvvm.ex2.approx.ftz.f(float %922)
	%924 = fsub float %583, %917
	%925 = call float @llvm.nvvm.ex2.approx.ftz.f(float %924)
	%926 = fsub float %619, %917
	%927 = call float @llvm.nvvm.ex2.approx.ftz.f(float %926)
	%928 = fsub float %631, %917
	%929 = call float @llvm.nvvm.ex2.approx.ftz.f(float %928)
	%930 = fsub float %667, %917
	%931 = call float @llvm.nvvm.ex2.approx.ftz.f(float %930)
	%932 = fsub float %679, %917
	%933 = call float @llvm.nvvm.ex2.approx.ftz.f(float %932)
	%934 = fsub float %715, %917
	%935 = call float @llvm.nvvm.ex2.approx.ftz.f(float %934)
	%936 = fsub float %727, %917
	%937 = call float @llvm.nvvm.ex2.approx.ftz.f(float %936)
	%938 = fsub float %763, %917
	%939 = call float @llvm.nvvm.ex2.approx.ftz.f(float %938)
	%940 = fsub float %775, %917
	%941 = call float @llvm.nvvm.ex2.approx.ftz.f(float %940)
	%942 = fsub float %811, %917
	%943 = call float @llvm.nvvm.ex2.approx.ftz.f(float %942)
	%944 = fsub float %823, %917
	%945 = call float @llvm.nvvm.ex2.approx.ftz.f(float %944)
	%946 = fsub float %859, %917
	%947 = call float @llvm.nvvm.ex2.approx.ftz.f(float %946)
	%948 = fsub float %871, %917
	%949 = call float @llvm.nvvm.ex2.approx.ftz.f(float %948)
	%950 = fadd float %919, %921
	%951 = fadd float %923, %925
	%952 = fadd float %927, %929
	%953 = fadd float %931, %933
	%954 = fadd float %935, %937
	%955 = fadd float %939, %941
	%956 = fadd float %943, %945
	%957 = fadd float %947, %949
	%958 = fadd float %950, %951
	%959 = fadd float %952, %953
	%960 = fadd float %954, %955
	%961 = fadd float %956, %957
	%962 = fadd float %958, %959
	%963 = fadd float %960, %961
	%964 = fadd float %962, %963
	%965 = fsub float %50, %917
	%966 = call float @llvm.nvvm.ex2.approx.ftz.f(float %965)
	%967 = fmul float %52, %966
	%968 = fadd float %967, %964
	%969 = fadd float %919, %921
	%970 = fadd float %923, %925
	%971 = fadd float %927, %929
	%972 = fadd float %931, %933
	%973 = fadd float %935, %937
	%974 = fadd float %939, %941
	%975 = fadd float %943, %945
	%976 = fadd float %947, %949
	%977 = call float @llvm.nvvm.fmax.f(float %547, float %559)
	%978 = call float @llvm.nvvm.fmax.f(float %595, float %607)
	%979 = call float @llvm.nvvm.fmax.f(float %643, float %655)
	%980 = call float @llvm.nvvm.fmax.f(float %691, float %703)
	%981 = call float @llvm.nvvm.fmax.f(float %739, float %751)
	%982 = call float @llvm.nvvm.fmax.f(float %787, float %799)
	%983 = call float @llvm.nvvm.fmax.f(float %835, float %847)
	%984 = call float @llvm.nvvm.fmax.f(float %883, float %895)
	%985 = call float @llvm.nvvm.fmax.f(float %977, float %978)
	%986 = call float @llvm.nvvm.fmax.f(float %979, float %980)
	%987 = call float @llvm.nvvm.fmax.f(float %981, float %982)
	%988 = call float @llvm.nvvm.fmax.f(float %983, float %984)
	%989 = call float @llvm.nvvm.fmax.f(float %985, float %986)
	%990 = call float @llvm.nvvm.fmax.f(float %987, float %988)
	%991 = call float @llvm.nvvm.fmax.f(float %989, float %990)
	%992 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %991, i32 1, i32 31)
	%993 = call float @llvm.nvvm.fmax.f(float %991, float %992)
	%994 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %993, i32 2, i32 31)
	%995 = call float @llvm.nvvm.fmax.f(float %993, float %994)
	%996 = call float @llvm.nvvm.fmax.f(float %51, float %995)
	%997 = fcmp oeq float %996, 0xFFF0000000000000
	%998 = select i1 %997, float 0.0, float %996
	%999 = fsub float %547, %998
	%1000 = call float @llvm.nvvm.ex2.approx.ftz.f(float %999)
	%1001 = fsub float %559, %998
	%1002 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1001)
	%1003 = fsub float %595, %998
	%1004 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1003)
	%1005 = fsub float %607, %998
	%1006 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1005)
	%1007 = fsub float %643, %998
	%1008 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1007)
	%1009 = fsub float %655, %998
	%1010 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1009)
	%1011 = fsub float %691, %998
	%1012 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1011)
	%1013 = fsub float %703, %998
	%1014 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1013)
	%1015 = fsub float %739, %998
	%1016 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1015)
	%1017 = fsub float %751, %998
	%1018 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1017)
	%1019 = fsub float %787, %998
	%1020 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1019)
	%1021 = fsub float %799, %998
	%1022 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1021)
	%1023 = fsub float %835, %998
	%1024 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1023)
	%1025 = fsub float %847, %998
	%1026 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1025)
	%1027 = fsub float %883, %998
	%1028 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1027)
	%1029 = fsub float %895, %998
	%1030 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1029)
	%1031 = fadd float %1000, %1002
	%1032 = fadd float %1004, %1006
	%1033 = fadd float %1008, %1010
	%1034 = fadd float %1012, %1014
	%1035 = fadd float %1016, %1018
	%1036 = fadd float %1020, %1022
	%1037 = fadd float %1024, %1026
	%1038 = fadd float %1028, %1030
	%1039 = fadd float %1031, %1032
	%1040 = fadd float %1033, %1034
	%1041 = fadd float %1035, %1036
	%1042 = fadd float %1037, %1038
	%1043 = fadd float %1039, %1040
	%1044 = fadd float %1041, %1042
	%1045 = fadd float %1043, %1044
	%1046 = fsub float %51, %998
	%1047 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1046)
	%1048 = fmul float %53, %1047
	%1049 = fadd float %1048, %1045
	%1050 = fadd float %1000, %1002
	%1051 = fadd float %1004, %1006
	%1052 = fadd float %1008, %1010
	%1053 = fadd float %1012, %1014
	%1054 = fadd float %1016, %1018
	%1055 = fadd float %1020, %1022
	%1056 = fadd float %1024, %1026
	%1057 = fadd float %1028, %1030
	%1058 = sext i32 %R to i64
	%1059 = mul i32 %4, 16
	%1060 = add i32 %6, 0
	%1061 = add i32 %1059, %1060
	%1062 = add i32 %3, %1061
	%1063 = icmp slt i32 %1062, %R
	%1064 = mul i32 %1, %18
	%1065 = add i32 %1064, %49
	%1066 = sext i32 %1065 to i64
	%1067 = mul i64 %1066, %1058
	%1068 = sext i32 %1062 to i64
	%1069 = add i64 %1067, %1068
	%1070 = icmp eq i32 %7, 0
	%1071 = and i1 %1063, %1070
	br i1 %1071, label %1072, label %1074

1072:
	%1073 = getelementptr float, float* %mx, i64 %1069
	store float %917, float* %1073
	br label %1074

1074:
	%1075 = mul i32 %4, 16
	%1076 = add i32 %6, 8
	%1077 = add i32 %1075, %1076
	%1078 = add i32 %3, %1077
	%1079 = icmp slt i32 %1078, %R
	%1080 = mul i32 %1, %18
	%1081 = add i32 %1080, %49
	%1082 = sext i32 %1081 to i64
	%1083 = mul i64 %1082, %1058
	%1084 = sext i32 %1078 to i64
	%1085 = add i64 %1083, %1084
	%1086 = icmp eq i32 %7, 0
	%1087 = and i1 %1079, %1086
	br i1 %1087, label %1088, label %1090

1088:
	%1089 = getelementptr float, float* %mx, i64 %1085
	store float %998, float* %1089
	br label %1090

1090:
	%1091 = and i32 %7, 1
	%1092 = icmp ne i32 %1091, 0
	%1093 = select i1 %1092, float %970, float %969
	%1094 = select i1 %1092, float %969, float %970
	%1095 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1094, i32 1, i32 31)
	%1096 = fadd float %1093, %1095
	%1097 = select i1 %1092, float %972, float %971
	%1098 = select i1 %1092, float %971, float %972
	%1099 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1098, i32 1, i32 31)
	%1100 = fadd float %1097, %1099
	%1101 = select i1 %1092, float %974, float %973
	%1102 = select i1 %1092, float %973, float %974
	%1103 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1102, i32 1, i32 31)
	%1104 = fadd float %1101, %1103
	%1105 = select i1 %1092, float %976, float %975
	%1106 = select i1 %1092, float %975, float %976
	%1107 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1106, i32 1, i32 31)
	%1108 = fadd float %1105, %1107
	%1109 = select i1 %1092, float %1051, float %1050
	%1110 = select i1 %1092, float %1050, float %1051
	%1111 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1110, i32 1, i32 31)
	%1112 = fadd float %1109, %1111
	%1113 = select i1 %1092, float %1053, float %1052
	%1114 = select i1 %1092, float %1052, float %1053
	%1115 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1114, i32 1, i32 31)
	%1116 = fadd float %1113, %1115
	%1117 = select i1 %1092, float %1055, float %1054
	%1118 = select i1 %1092, float %1054, float %1055
	%1119 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1118, i32 1, i32 31)
	%1120 = fadd float %1117, %1119
	%1121 = select i1 %1092, float %1057, float %1056
	%1122 = select i1 %1092, float %1056, float %1057
	%1123 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1122, i32 1, i32 31)
	%1124 = fadd float %1121, %1123
	%1125 = and i32 %7, 2
	%1126 = icmp ne i32 %1125, 0
	%1127 = select i1 %1126, float %1100, float %1096
	%1128 = select i1 %1126, float %1096, float %1100
	%1129 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1128, i32 2, i32 31)
	%1130 = fadd float %1127, %1129
	%1131 = select i1 %1126, float %1108, float %1104
	%1132 = select i1 %1126, float %1104, float %1108
	%1133 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1132, i32 2, i32 31)
	%1134 = fadd float %1131, %1133
	%1135 = select i1 %1126, float %1116, float %1112
	%1136 = select i1 %1126, float %1112, float %1116
	%1137 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1136, i32 2, i32 31)
	%1138 = fadd float %1135, %1137
	%1139 = select i1 %1126, float %1124, float %1120
	%1140 = select i1 %1126, float %1120, float %1124
	%1141 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1140, i32 2, i32 31)
	%1142 = fadd float %1139, %1141
	%1143 = add i32 0, %7
	%1144 = sub i32 %1143, 0
	%1145 = sdiv i32 %56, 8
	%1146 = add i32 %1145, %1144
	%1147 = and i1 true, %1063
	%1148 = icmp slt i32 %1146, %NK
	%1149 = and i1 %1147, %1148
	%1150 = mul i32 %1, %NK
	%1151 = add i32 %1150, %1146
	%1152 = sext i32 %1151 to i64
	%1153 = mul i64 %1152, %1058
	%1154 = mul i32 %4, 16
	%1155 = add i32 %6, 0
	%1156 = add i32 %1154, %1155
	%1157 = add i32 %3, %1156
	%1158 = sext i32 %1157 to i64
	%1159 = add i64 %1153, %1158
	br i1 %1149, label %1160, label %1162

1160:
	%1161 = getelementptr float, float* %part, i64 %1159
	store float %1130, float* %1161
	br label %1162

1162:
	%1163 = add i32 4, %7
	%1164 = sub i32 %1163, 0
	%1165 = sdiv i32 %56, 8
	%1166 = add i32 %1165, %1164
	%1167 = and i1 true, %1063
	%1168 = icmp slt i32 %1166, %NK
	%1169 = and i1 %1167, %1168
	%1170 = mul i32 %1, %NK
	%1171 = add i32 %1170, %1166
	%1172 = sext i32 %1171 to i64
	%1173 = mul i64 %1172, %1058
	%1174 = mul i32 %4, 16
	%1175 = add i32 %6, 0
	%1176 = add i32 %1174, %1175
	%1177 = add i32 %3, %1176
	%1178 = sext i32 %1177 to i64
	%1179 = add i64 %1173, %1178
	br i1 %1169, label %1180, label %1182

1180:
	%1181 = getelementptr float, float* %part, i64 %1179
	store float %1134, float* %1181
	br label %1182

1182:
	%1183 = add i32 8, %7
	%1184 = sub i32 %1183, 8
	%1185 = sdiv i32 %56, 8
	%1186 = add i32 %1185, %1184
	%1187 = and i1 true, %1079
	%1188 = icmp slt i32 %1186, %NK
	%1189 = and i1 %1187, %1188
	%1190 = mul i32 %1, %NK
	%1191 = add i32 %1190, %1186
	%1192 = sext i32 %1191 to i64
	%1193 = mul i64 %1192, %1058
	%1194 = mul i32 %4, 16
	%1195 = add i32 %6, 8
	%1196 = add i32 %1194, %1195
	%1197 = add i32 %3, %1196
	%1198 = sext i32 %1197 to i64
	%1199 = add i64 %1193, %1198
	br i1 %1189, label %1200, label %1202

1200:
	%1201 = getelementptr float, float* %part, i64 %1199
	store float %1138, float* %1201
	br label %1202

1202:
	%1203 = add i32 12, %7
	%1204 = sub i32 %1203, 8
	%1205 = sdiv i32 %56, 8
	%1206 = add i32 %1205, %1204
	%1207 = and i1 true, %1079
	%1208 = icmp slt i32 %1206, %NK
	%1209 = and i1 %1207, %1208
	%1210 = mul i32 %1, %NK
	%1211 = add i32 %1210, %1206
	%1212 = sext i32 %1211 to i64
	%1213 = mul i64 %1212, %1058
	%1214 = mul i32 %4, 16
	%1215 = add i32 %6, 8
	%1216 = add i32 %1214, %1215
	%1217 = add i32 %3, %1216
	%1218 = sext i32 %1217 to i64
	%1219 = add i64 %1213, %1218
	br i1 %1209, label %1220, label %1222

1220:
	%1221 = getelementptr float, float* %part, i64 %1219
	store float %1142, float* %1221
	br label %1222

1222:
	%1223 = add i32 %49, 1
	br label %48

1224:
	%1225 = mul i32 %1, %R
	%1226 = add i32 %1225, %65
	%1227 = mul i32 %1226, 2
	%1228 = add i32 %1227, 0
	%1229 = sext i32 %1228 to i64
	%1230 = getelementptr float, float* %stats, i64 %1229
	store float %50, float* %1230
	%1231 = mul i32 %1, %R
	%1232 = add i32 %1231, %65
	%1233 = mul i32 %1232, 2
	%1234 = add i32 %1233, 1
	%1235 = sext i32 %1234 to i64
	%1236 = getelementptr float, float* %stats, i64 %1235
	store float %61, float* %1236
	br label %1237

1237:
	%1238 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %53, i32 1, i32 31)
	%1239 = fadd float %53, %1238
	%1240 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1239, i32 2, i32 31)
	%1241 = fadd float %1239, %1240
	%1242 = mul i32 %4, 16
	%1243 = add i32 %6, 8
	%1244 = add i32 %1242, %1243
	%1245 = add i32 %3, %1244
	%1246 = icmp slt i32 %1245, %R
	%1247 = icmp eq i32 %7, 0
	%1248 = and i1 %1246, %1247
	br i1 %1248, label %1249, label %1262

1249:
	%1250 = mul i32 %1, %R
	%1251 = add i32 %1250, %1245
	%1252 = mul i32 %1251, 2
	%1253 = add i32 %1252, 0
	%1254 = sext i32 %1253 to i64
	%1255 = getelementptr float, float* %stats, i64 %1254
	store float %51, float* %1255
	%1256 = mul i32 %1, %R
	%1257 = add i32 %1256, %1245
	%1258 = mul i32 %1257, 2
	%1259 = add i32 %1258, 1
	%1260 = sext i32 %1259 to i64
	%1261 = getelementptr float, float* %stats, i64 %1260
	store float %1241, float* %1261
	br label %1262

1262:
	ret void
}
