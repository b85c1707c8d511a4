; best
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@best_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_init_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_init_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_init_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_init_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_init_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_init_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_init_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist24_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist24_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist24_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist24_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist24_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist24_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist24_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick24_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick24_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick24_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick24_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick24_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick24_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick24_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist16_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist16_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist16_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist16_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist16_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist16_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist16_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick16_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick16_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick16_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick16_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick16_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick16_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick16_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist8_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist8_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist8_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist8_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist8_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist8_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist8_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick8_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick8_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick8_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick8_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick8_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick8_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick8_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist0_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist0_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist0_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist0_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist0_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist0_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist0_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick0_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick0_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick0_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick0_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick0_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick0_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick0_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_ties_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_ties_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_ties_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_ties_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_ties_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_ties_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_ties_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_scan_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_scan_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_scan_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scan_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scan_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_scan_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_scan_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_take_x = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_take_c = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_take_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_take_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_take_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_take_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_take_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_take_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_take_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_scores0_a = internal addrspace(3) global [1088 x float] undef, align 16
@best_scores0_b = internal addrspace(3) global [1088 x float] undef, align 16
@best_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024
@best_attn2_comp_scan = internal addrspace(3) global [8 x i32] undef, align 16

define ptx_kernel void @best_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	br label %17

17:
	%18 = phi i32 [ %0, %entry ], [ %55, %50 ]
	%19 = phi float [ 0xFFF0000000000000, %entry ], [ %54, %50 ]
	%20 = icmp slt i32 %18, %16
	br i1 %20, label %21, label %30

21:
	%22 = icmp slt i32 %18, %NK
	%23 = select i1 %22, i32 %18, i32 0
	%24 = add i32 %10, %23
	%25 = sext i32 %24 to i64
	%26 = getelementptr i8, i8* %cls, i64 %25
	%27 = load i8, i8* %26
	%28 = icmp ne i8 %27, 0
	%29 = and i1 %22, %28
	br i1 %29, label %45, label %50

30:
	%31 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %19, i32 16, i32 31)
	%32 = call float @llvm.nvvm.fmax.f(float %19, float %31)
	%33 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %32, i32 8, i32 31)
	%34 = call float @llvm.nvvm.fmax.f(float %32, float %33)
	%35 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %34, i32 4, i32 31)
	%36 = call float @llvm.nvvm.fmax.f(float %34, float %35)
	%37 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %36, i32 2, i32 31)
	%38 = call float @llvm.nvvm.fmax.f(float %36, float %37)
	%39 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %38, i32 1, i32 31)
	%40 = call float @llvm.nvvm.fmax.f(float %38, float %39)
	%41 = lshr i32 %0, 5
	%42 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%43 = icmp eq i32 %42, 0
	%44 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 %41
	br i1 %43, label %56, label %57

45:
	%46 = add i32 %11, %18
	%47 = sext i32 %46 to i64
	%48 = getelementptr float, float* %e, i64 %47
	%49 = load float, float* %48
	br label %50

50:
	%51 = phi float [ 0xFFF0000000000000, %21 ], [ %49, %45 ]
	%52 = bitcast float %51 to i32
	%53 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %18
	store i32 %52, i32 addrspace(3)* %53
	%54 = call float @llvm.nvvm.fmax.f(float %19, float %51)
	%55 = add i32 %18, 256
	br label %17

56:
	store float %40, float addrspace(3)* %44
	br label %57

57:
	call void @llvm.nvvm.barrier0()
	%58 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 0
	%59 = load float, float addrspace(3)* %58
	%60 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 1
	%61 = load float, float addrspace(3)* %60
	%62 = call float @llvm.nvvm.fmax.f(float %59, float %61)
	%63 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 2
	%64 = load float, float addrspace(3)* %63
	%65 = call float @llvm.nvvm.fmax.f(float %62, float %64)
	%66 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 3
	%67 = load float, float addrspace(3)* %66
	%68 = call float @llvm.nvvm.fmax.f(float %65, float %67)
	%69 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 4
	%70 = load float, float addrspace(3)* %69
	%71 = call float @llvm.nvvm.fmax.f(float %68, float %70)
	%72 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 5
	%73 = load float, float addrspace(3)* %72
	%74 = call float @llvm.nvvm.fmax.f(float %71, float %73)
	%75 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 6
	%76 = load float, float addrspace(3)* %75
	%77 = call float @llvm.nvvm.fmax.f(float %74, float %76)
	%78 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 7
	%79 = load float, float addrspace(3)* %78
	%80 = call float @llvm.nvvm.fmax.f(float %77, float %79)
	%81 = fcmp oeq float %80, 0xFFF0000000000000
	%82 = select i1 %81, float 0.0, float %80
	br label %83

83:
	%84 = phi i32 [ %0, %57 ], [ %99, %87 ]
	%85 = phi float [ 0.0, %57 ], [ %98, %87 ]
	%86 = icmp slt i32 %84, %16
	br i1 %86, label %87, label %100

87:
	%88 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %84
	%89 = load i32, i32 addrspace(3)* %88
	%90 = bitcast i32 %89 to float
	%91 = fcmp one float %90, 0xFFF0000000000000
	%92 = fsub float %90, %82
	%93 = call float @llvm.nvvm.ex2.approx.ftz.f(float %92)
	%94 = select i1 %91, float %93, float -1.0
	%95 = bitcast float %94 to i32
	%96 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %84
	store i32 %95, i32 addrspace(3)* %96
	%97 = select i1 %91, float %93, float 0.0
	%98 = fadd float %85, %97
	%99 = add i32 %84, 256
	br label %83

100:
	%101 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %85, i32 16, i32 31)
	%102 = fadd float %85, %101
	%103 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %102, i32 8, i32 31)
	%104 = fadd float %102, %103
	%105 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %104, i32 4, i32 31)
	%106 = fadd float %104, %105
	%107 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %106, i32 2, i32 31)
	%108 = fadd float %106, %107
	%109 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %108, i32 1, i32 31)
	%110 = fadd float %108, %109
	%111 = lshr i32 %0, 5
	%112 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%113 = icmp eq i32 %112, 0
	%114 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 %111
	br i1 %113, label %115, label %116

115:
	store float %110, float addrspace(3)* %114
	br label %116

116:
	call void @llvm.nvvm.barrier0()
	%117 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 0
	%118 = load float, float addrspace(3)* %117
	%119 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 1
	%120 = load float, float addrspace(3)* %119
	%121 = fadd float %118, %120
	%122 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 2
	%123 = load float, float addrspace(3)* %122
	%124 = fadd float %121, %123
	%125 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 3
	%126 = load float, float addrspace(3)* %125
	%127 = fadd float %124, %126
	%128 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 4
	%129 = load float, float addrspace(3)* %128
	%130 = fadd float %127, %129
	%131 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 5
	%132 = load float, float addrspace(3)* %131
	%133 = fadd float %130, %132
	%134 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 6
	%135 = load float, float addrspace(3)* %134
	%136 = fadd float %133, %135
	%137 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 7
	%138 = load float, float addrspace(3)* %137
	%139 = fadd float %136, %138
	%140 = fdiv float 1.0, %139
	%141 = mul i32 %1, 64
	%142 = sdiv i32 %141, 64
	%143 = add i32 %1, 1
	%144 = mul i32 %143, 64
	%145 = sub i32 %144, 1
	%146 = sdiv i32 %145, 64
	br label %147

147:
	%148 = phi i32 [ %0, %116 ], [ %192, %178 ]
	%149 = phi float [ 0.0, %116 ], [ %191, %178 ]
	%150 = icmp slt i32 %148, %16
	br i1 %150, label %151, label %159

151:
	%152 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %148
	%153 = load i32, i32 addrspace(3)* %152
	%154 = bitcast i32 %153 to float
	%155 = fcmp oge float %154, 0.0
	%156 = fmul float %154, %140
	%157 = select i1 %155, float %156, float -1.0
	%158 = icmp slt i32 %148, %NK
	br i1 %158, label %174, label %178

159:
	%160 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %149, i32 16, i32 31)
	%161 = fadd float %149, %160
	%162 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %161, i32 8, i32 31)
	%163 = fadd float %161, %162
	%164 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %163, i32 4, i32 31)
	%165 = fadd float %163, %164
	%166 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %165, i32 2, i32 31)
	%167 = fadd float %165, %166
	%168 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %167, i32 1, i32 31)
	%169 = fadd float %167, %168
	%170 = lshr i32 %0, 5
	%171 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%172 = icmp eq i32 %171, 0
	%173 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 %170
	br i1 %172, label %193, label %194

174:
	%175 = add i32 %11, %148
	%176 = sext i32 %175 to i64
	%177 = getelementptr float, float* %e, i64 %176
	store float %157, float* %177
	br label %178

178:
	%179 = icmp sge i32 %148, %142
	%180 = icmp sle i32 %148, %146
	%181 = and i1 %179, %180
	%182 = or i1 false, %181
	%183 = icmp eq i32 %148, 0
	%184 = or i1 %182, %183
	%185 = bitcast float %157 to i32
	%186 = add i32 %185, 2
	%187 = select i1 %184, i32 1, i32 %186
	%188 = select i1 %155, i32 %187, i32 0
	%189 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %148
	store i32 %188, i32 addrspace(3)* %189
	%190 = uitofp i1 %155 to float
	%191 = fadd float %149, %190
	%192 = add i32 %148, 256
	br label %147

193:
	store float %169, float addrspace(3)* %173
	br label %194

194:
	call void @llvm.nvvm.barrier0()
	%195 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 0
	%196 = load float, float addrspace(3)* %195
	%197 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 1
	%198 = load float, float addrspace(3)* %197
	%199 = fadd float %196, %198
	%200 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 2
	%201 = load float, float addrspace(3)* %200
	%202 = fadd float %199, %201
	%203 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 3
	%204 = load float, float addrspace(3)* %203
	%205 = fadd float %202, %204
	%206 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 4
	%207 = load float, float addrspace(3)* %206
	%208 = fadd float %205, %207
	%209 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 5
	%210 = load float, float addrspace(3)* %209
	%211 = fadd float %208, %210
	%212 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 6
	%213 = load float, float addrspace(3)* %212
	%214 = fadd float %211, %213
	%215 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 7
	%216 = load float, float addrspace(3)* %215
	%217 = fadd float %214, %216
	%218 = fptosi float %217 to i32
	%219 = icmp eq i32 %0, 0
	br i1 %219, label %220, label %224

220:
	%221 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 0
	%222 = load i32, i32 addrspace(3)* %221
	%223 = icmp eq i32 %222, 1
	br i1 %223, label %231, label %239

224:
	call void @llvm.nvvm.barrier0()
	%225 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @best_select1_cnt, i32 0, i32 0
	%226 = load i32, i32 addrspace(3)* %225
	%227 = sub i32 %218, %226
	%228 = mul i32 %2, %NQ
	%229 = add i32 %228, %1
	%230 = icmp eq i32 %0, 0
	br i1 %230, label %285, label %293

231:
	%232 = add i32 %13, 0
	%233 = sext i32 %232 to i64
	%234 = getelementptr i32, i32* %list, i64 %233
	store i32 0, i32* %234
	%235 = add i32 %13, %NK
	%236 = add i32 %235, 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i32, i32* %list, i64 %237
	store i32 1, i32* %238
	br label %239

239:
	%240 = add i32 %11, 0
	%241 = sext i32 %240 to i64
	%242 = getelementptr float, float* %e, i64 %241
	%243 = load float, float* %242
	%244 = add i32 0, 1
	%245 = select i1 %223, i32 %244, i32 0
	%246 = fpext float %243 to double
	%247 = fadd double 0.0, %246
	%248 = select i1 %223, double %247, double 0.0
	%249 = icmp sgt i32 %142, 1
	%250 = select i1 %249, i32 %142, i32 1
	%251 = add i32 %146, 1
	%252 = icmp slt i32 %251, %NK
	%253 = select i1 %252, i32 %251, i32 %NK
	br label %254

254:
	%255 = phi i32 [ %250, %239 ], [ %284, %274 ]
	%256 = phi i32 [ %245, %239 ], [ %280, %274 ]
	%257 = phi double [ %248, %239 ], [ %283, %274 ]
	%258 = icmp slt i32 %255, %253
	br i1 %258, label %259, label %263

259:
	%260 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %255
	%261 = load i32, i32 addrspace(3)* %260
	%262 = icmp eq i32 %261, 1
	br i1 %262, label %266, label %274

263:
	%264 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @best_select1_cnt, i32 0, i32 0
	store i32 %256, i32 addrspace(3)* %264
	%265 = getelementptr [1 x double], [1 x double] addrspace(3)* @best_select1_mass, i32 0, i32 0
	store double %257, double addrspace(3)* %265
	br label %224

266:
	%267 = add i32 %13, %256
	%268 = sext i32 %267 to i64
	%269 = getelementptr i32, i32* %list, i64 %268
	store i32 %255, i32* %269
	%270 = add i32 %13, %NK
	%271 = add i32 %270, %256
	%272 = sext i32 %271 to i64
	%273 = getelementptr i32, i32* %list, i64 %272
	store i32 1, i32* %273
	br label %274

274:
	%275 = add i32 %11, %255
	%276 = sext i32 %275 to i64
	%277 = getelementptr float, float* %e, i64 %276
	%278 = load float, float* %277
	%279 = add i32 %256, 1
	%280 = select i1 %262, i32 %279, i32 %256
	%281 = fpext float %278 to double
	%282 = fadd double %257, %281
	%283 = select i1 %262, double %282, double %257
	%284 = add i32 %255, 1
	br label %254

285:
	%286 = mul i32 %229, 2
	%287 = sext i32 %286 to i64
	%288 = getelementptr i32, i32* %cnt, i64 %287
	store i32 %218, i32* %288
	%289 = mul i32 %229, 2
	%290 = add i32 %289, 1
	%291 = sext i32 %290 to i64
	%292 = getelementptr i32, i32* %cnt, i64 %291
	store i32 %226, i32* %292
	br label %293

293:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

define ptx_kernel void @best_select1_init(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	br label %8

8:
	%9 = phi i32 [ %0, %entry ], [ %25, %13 ]
	%10 = phi i32 [ 0, %entry ], [ %19, %13 ]
	%11 = phi i32 [ 0, %entry ], [ %24, %13 ]
	%12 = icmp slt i32 %9, %R
	br i1 %12, label %13, label %26

13:
	%14 = add i32 %7, %9
	%15 = mul i32 %14, 2
	%16 = sext i32 %15 to i64
	%17 = getelementptr i32, i32* %cnt, i64 %16
	%18 = load i32, i32* %17
	%19 = add i32 %10, %18
	%20 = add i32 %15, 1
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %cnt, i64 %21
	%23 = load i32, i32* %22
	%24 = add i32 %11, %23
	%25 = add i32 %9, 256
	br label %8

26:
	%27 = and i32 %0, 31
	%28 = lshr i32 %0, 5
	%29 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10, i32 1, i32 0)
	%30 = icmp uge i32 %27, 1
	%31 = select i1 %30, i32 %29, i32 0
	%32 = add i32 %10, %31
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %32, i32 2, i32 0)
	%34 = icmp uge i32 %27, 2
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %32, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 4, i32 0)
	%38 = icmp uge i32 %27, 4
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 8, i32 0)
	%42 = icmp uge i32 %27, 8
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 16, i32 0)
	%46 = icmp uge i32 %27, 16
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = icmp eq i32 %27, 31
	br i1 %49, label %50, label %52

50:
	%51 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 %28
	store i32 %48, i32 addrspace(3)* %51
	br label %52

52:
	call void @llvm.nvvm.barrier0()
	%53 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 0
	%54 = load i32, i32 addrspace(3)* %53
	%55 = icmp sgt i32 %28, 0
	%56 = select i1 %55, i32 %54, i32 0
	%57 = add i32 0, %56
	%58 = add i32 0, %54
	%59 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 1
	%60 = load i32, i32 addrspace(3)* %59
	%61 = icmp sgt i32 %28, 1
	%62 = select i1 %61, i32 %60, i32 0
	%63 = add i32 %57, %62
	%64 = add i32 %58, %60
	%65 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 2
	%66 = load i32, i32 addrspace(3)* %65
	%67 = icmp sgt i32 %28, 2
	%68 = select i1 %67, i32 %66, i32 0
	%69 = add i32 %63, %68
	%70 = add i32 %64, %66
	%71 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 3
	%72 = load i32, i32 addrspace(3)* %71
	%73 = icmp sgt i32 %28, 3
	%74 = select i1 %73, i32 %72, i32 0
	%75 = add i32 %69, %74
	%76 = add i32 %70, %72
	%77 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 4
	%78 = load i32, i32 addrspace(3)* %77
	%79 = icmp sgt i32 %28, 4
	%80 = select i1 %79, i32 %78, i32 0
	%81 = add i32 %75, %80
	%82 = add i32 %76, %78
	%83 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 5
	%84 = load i32, i32 addrspace(3)* %83
	%85 = icmp sgt i32 %28, 5
	%86 = select i1 %85, i32 %84, i32 0
	%87 = add i32 %81, %86
	%88 = add i32 %82, %84
	%89 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 6
	%90 = load i32, i32 addrspace(3)* %89
	%91 = icmp sgt i32 %28, 6
	%92 = select i1 %91, i32 %90, i32 0
	%93 = add i32 %87, %92
	%94 = add i32 %88, %90
	%95 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 7
	%96 = load i32, i32 addrspace(3)* %95
	%97 = icmp sgt i32 %28, 7
	%98 = select i1 %97, i32 %96, i32 0
	%99 = add i32 %93, %98
	%100 = add i32 %94, %96
	%101 = add i32 %99, %48
	%102 = sub i32 %101, %10
	%103 = and i32 %0, 31
	%104 = lshr i32 %0, 5
	%105 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11, i32 1, i32 0)
	%106 = icmp uge i32 %103, 1
	%107 = select i1 %106, i32 %105, i32 0
	%108 = add i32 %11, %107
	%109 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %108, i32 2, i32 0)
	%110 = icmp uge i32 %103, 2
	%111 = select i1 %110, i32 %109, i32 0
	%112 = add i32 %108, %111
	%113 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %112, i32 4, i32 0)
	%114 = icmp uge i32 %103, 4
	%115 = select i1 %114, i32 %113, i32 0
	%116 = add i32 %112, %115
	%117 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %116, i32 8, i32 0)
	%118 = icmp uge i32 %103, 8
	%119 = select i1 %118, i32 %117, i32 0
	%120 = add i32 %116, %119
	%121 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %120, i32 16, i32 0)
	%122 = icmp uge i32 %103, 16
	%123 = select i1 %122, i32 %121, i32 0
	%124 = add i32 %120, %123
	%125 = icmp eq i32 %103, 31
	br i1 %125, label %126, label %128

126:
	%127 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 %104
	store i32 %124, i32 addrspace(3)* %127
	br label %128

128:
	call void @llvm.nvvm.barrier0()
	%129 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 0
	%130 = load i32, i32 addrspace(3)* %129
	%131 = icmp sgt i32 %104, 0
	%132 = select i1 %131, i32 %130, i32 0
	%133 = add i32 0, %132
	%134 = add i32 0, %130
	%135 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 1
	%136 = load i32, i32 addrspace(3)* %135
	%137 = icmp sgt i32 %104, 1
	%138 = select i1 %137, i32 %136, i32 0
	%139 = add i32 %133, %138
	%140 = add i32 %134, %136
	%141 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 2
	%142 = load i32, i32 addrspace(3)* %141
	%143 = icmp sgt i32 %104, 2
	%144 = select i1 %143, i32 %142, i32 0
	%145 = add i32 %139, %144
	%146 = add i32 %140, %142
	%147 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 3
	%148 = load i32, i32 addrspace(3)* %147
	%149 = icmp sgt i32 %104, 3
	%150 = select i1 %149, i32 %148, i32 0
	%151 = add i32 %145, %150
	%152 = add i32 %146, %148
	%153 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 4
	%154 = load i32, i32 addrspace(3)* %153
	%155 = icmp sgt i32 %104, 4
	%156 = select i1 %155, i32 %154, i32 0
	%157 = add i32 %151, %156
	%158 = add i32 %152, %154
	%159 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 5
	%160 = load i32, i32 addrspace(3)* %159
	%161 = icmp sgt i32 %104, 5
	%162 = select i1 %161, i32 %160, i32 0
	%163 = add i32 %157, %162
	%164 = add i32 %158, %160
	%165 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 6
	%166 = load i32, i32 addrspace(3)* %165
	%167 = icmp sgt i32 %104, 6
	%168 = select i1 %167, i32 %166, i32 0
	%169 = add i32 %163, %168
	%170 = add i32 %164, %166
	%171 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 7
	%172 = load i32, i32 addrspace(3)* %171
	%173 = icmp sgt i32 %104, 7
	%174 = select i1 %173, i32 %172, i32 0
	%175 = add i32 %169, %174
	%176 = add i32 %170, %172
	%177 = add i32 %175, %124
	%178 = sub i32 %177, %11
	%179 = sitofp i32 %100 to double
	%180 = fmul double 0x3FB7CED916872B02, %179
	%181 = fsub double %180, 0x3E112E0BE826D695
	%182 = call double @llvm.ceil.f64(double %181)
	%183 = fptosi double %182 to i32
	%184 = sub i32 %183, %176
	%185 = sub i32 %100, %176
	%186 = icmp slt i32 %184, %185
	%187 = select i1 %186, i32 %184, i32 %185
	%188 = icmp sgt i32 %187, 0
	%189 = select i1 %188, i32 %187, i32 0
	%190 = icmp eq i32 %189, 0
	%191 = icmp eq i32 %0, 0
	br i1 %191, label %192, label %207

192:
	%193 = select i1 %190, i32 -1, i32 0
	%194 = add i32 %2, 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i32, i32* %state, i64 %195
	store i32 %193, i32* %196
	%197 = add i32 %2, 1
	%198 = sext i32 %197 to i64
	%199 = getelementptr i32, i32* %state, i64 %198
	store i32 %193, i32* %199
	%200 = add i32 %2, 2
	%201 = sext i32 %200 to i64
	%202 = getelementptr i32, i32* %state, i64 %201
	store i32 %189, i32* %202
	%203 = zext i1 %190 to i32
	%204 = add i32 %2, 3
	%205 = sext i32 %204 to i64
	%206 = getelementptr i32, i32* %state, i64 %205
	store i32 %203, i32* %206
	br label %207

207:
	store i32 0, i32* %6
	ret void
}

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare double @llvm.ceil.f64(double %p0)

define ptx_kernel void @best_select1_hist24(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = sdiv i32 %21, 64
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = sub i32 %24, 1
	%26 = sdiv i32 %25, 64
	%27 = icmp slt i32 %17, %NQ
	br i1 %27, label %28, label %29

28:
	br label %42

29:
	%30 = mul i32 %1, 8
	%31 = add i32 %30, 1
	%32 = mul i32 %2, %NQ
	%33 = add i32 %32, %31
	%34 = mul i32 %33, %NK
	%35 = mul i32 %31, 64
	%36 = sdiv i32 %35, 64
	%37 = add i32 %31, 1
	%38 = mul i32 %37, 64
	%39 = sub i32 %38, 1
	%40 = sdiv i32 %39, 64
	%41 = icmp slt i32 %31, %NQ
	br i1 %41, label %86, label %87

42:
	%43 = phi i32 [ %0, %28 ], [ %85, %84 ]
	%44 = phi i32 [ 0, %28 ], [ %44, %84 ]
	%45 = icmp slt i32 %43, %15
	br i1 %45, label %46, label %48

46:
	%47 = icmp slt i32 %43, %NK
	br i1 %47, label %49, label %65

48:
	br label %29

49:
	%50 = add i32 %20, %43
	%51 = sext i32 %50 to i64
	%52 = getelementptr float, float* %e, i64 %51
	%53 = load float, float* %52
	%54 = fcmp oge float %53, 0.0
	%55 = icmp sge i32 %43, %22
	%56 = icmp sle i32 %43, %26
	%57 = and i1 %55, %56
	%58 = or i1 false, %57
	%59 = icmp eq i32 %43, 0
	%60 = or i1 %58, %59
	%61 = bitcast float %53 to i32
	%62 = add i32 %61, 2
	%63 = select i1 %60, i32 1, i32 %62
	%64 = select i1 %54, i32 %63, i32 0
	br label %65

65:
	%66 = phi i32 [ 0, %46 ], [ %64, %49 ]
	%67 = icmp uge i32 %66, 2
	%68 = and i32 %66, %11
	%69 = icmp eq i32 %68, %7
	%70 = and i1 %67, %69
	%71 = lshr i32 %66, 24
	%72 = and i32 %71, 255
	%73 = select i1 %70, i32 %72, i32 256
	%74 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %73)
	%75 = shl i32 1, %3
	%76 = sub i32 %75, 1
	%77 = and i32 %74, %76
	%78 = icmp eq i32 %77, 0
	%79 = and i1 %70, %78
	br i1 %79, label %80, label %84

80:
	%81 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %72
	%82 = call i32 @llvm.ctpop.i32(i32 %74)
	%83 = atomicrmw add i32 addrspace(3)* %81, i32 %82 monotonic
	br label %84

84:
	%85 = add i32 %43, 256
	br label %42

86:
	br label %100

87:
	%88 = mul i32 %1, 8
	%89 = add i32 %88, 2
	%90 = mul i32 %2, %NQ
	%91 = add i32 %90, %89
	%92 = mul i32 %91, %NK
	%93 = mul i32 %89, 64
	%94 = sdiv i32 %93, 64
	%95 = add i32 %89, 1
	%96 = mul i32 %95, 64
	%97 = sub i32 %96, 1
	%98 = sdiv i32 %97, 64
	%99 = icmp slt i32 %89, %NQ
	br i1 %99, label %144, label %145

100:
	%101 = phi i32 [ %0, %86 ], [ %143, %142 ]
	%102 = phi i32 [ 0, %86 ], [ %102, %142 ]
	%103 = icmp slt i32 %101, %15
	br i1 %103, label %104, label %106

104:
	%105 = icmp slt i32 %101, %NK
	br i1 %105, label %107, label %123

106:
	br label %87

107:
	%108 = add i32 %34, %101
	%109 = sext i32 %108 to i64
	%110 = getelementptr float, float* %e, i64 %109
	%111 = load float, float* %110
	%112 = fcmp oge float %111, 0.0
	%113 = icmp sge i32 %101, %36
	%114 = icmp sle i32 %101, %40
	%115 = and i1 %113, %114
	%116 = or i1 false, %115
	%117 = icmp eq i32 %101, 0
	%118 = or i1 %116, %117
	%119 = bitcast float %111 to i32
	%120 = add i32 %119, 2
	%121 = select i1 %118, i32 1, i32 %120
	%122 = select i1 %112, i32 %121, i32 0
	br label %123

123:
	%124 = phi i32 [ 0, %104 ], [ %122, %107 ]
	%125 = icmp uge i32 %124, 2
	%126 = and i32 %124, %11
	%127 = icmp eq i32 %126, %7
	%128 = and i1 %125, %127
	%129 = lshr i32 %124, 24
	%130 = and i32 %129, 255
	%131 = select i1 %128, i32 %130, i32 256
	%132 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %131)
	%133 = shl i32 1, %3
	%134 = sub i32 %133, 1
	%135 = and i32 %132, %134
	%136 = icmp eq i32 %135, 0
	%137 = and i1 %128, %136
	br i1 %137, label %138, label %142

138:
	%139 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %130
	%140 = call i32 @llvm.ctpop.i32(i32 %132)
	%141 = atomicrmw add i32 addrspace(3)* %139, i32 %140 monotonic
	br label %142

142:
	%143 = add i32 %101, 256
	br label %100

144:
	br label %158

145:
	%146 = mul i32 %1, 8
	%147 = add i32 %146, 3
	%148 = mul i32 %2, %NQ
	%149 = add i32 %148, %147
	%150 = mul i32 %149, %NK
	%151 = mul i32 %147, 64
	%152 = sdiv i32 %151, 64
	%153 = add i32 %147, 1
	%154 = mul i32 %153, 64
	%155 = sub i32 %154, 1
	%156 = sdiv i32 %155, 64
	%157 = icmp slt i32 %147, %NQ
	br i1 %157, label %202, label %203

158:
	%159 = phi i32 [ %0, %144 ], [ %201, %200 ]
	%160 = phi i32 [ 0, %144 ], [ %160, %200 ]
	%161 = icmp slt i32 %159, %15
	br i1 %161, label %162, label %164

162:
	%163 = icmp slt i32 %159, %NK
	br i1 %163, label %165, label %181

164:
	br label %145

165:
	%166 = add i32 %92, %159
	%167 = sext i32 %166 to i64
	%168 = getelementptr float, float* %e, i64 %167
	%169 = load float, float* %168
	%170 = fcmp oge float %169, 0.0
	%171 = icmp sge i32 %159, %94
	%172 = icmp sle i32 %159, %98
	%173 = and i1 %171, %172
	%174 = or i1 false, %173
	%175 = icmp eq i32 %159, 0
	%176 = or i1 %174, %175
	%177 = bitcast float %169 to i32
	%178 = add i32 %177, 2
	%179 = select i1 %176, i32 1, i32 %178
	%180 = select i1 %170, i32 %179, i32 0
	br label %181

181:
	%182 = phi i32 [ 0, %162 ], [ %180, %165 ]
	%183 = icmp uge i32 %182, 2
	%184 = and i32 %182, %11
	%185 = icmp eq i32 %184, %7
	%186 = and i1 %183, %185
	%187 = lshr i32 %182, 24
	%188 = and i32 %187, 255
	%189 = select i1 %186, i32 %188, i32 256
	%190 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %189)
	%191 = shl i32 1, %3
	%192 = sub i32 %191, 1
	%193 = and i32 %190, %192
	%194 = icmp eq i32 %193, 0
	%195 = and i1 %186, %194
	br i1 %195, label %196, label %200

196:
	%197 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %188
	%198 = call i32 @llvm.ctpop.i32(i32 %190)
	%199 = atomicrmw add i32 addrspace(3)* %197, i32 %198 monotonic
	br label %200

200:
	%201 = add i32 %159, 256
	br label %158

202:
	br label %216

203:
	%204 = mul i32 %1, 8
	%205 = add i32 %204, 4
	%206 = mul i32 %2, %NQ
	%207 = add i32 %206, %205
	%208 = mul i32 %207, %NK
	%209 = mul i32 %205, 64
	%210 = sdiv i32 %209, 64
	%211 = add i32 %205, 1
	%212 = mul i32 %211, 64
	%213 = sub i32 %212, 1
	%214 = sdiv i32 %213, 64
	%215 = icmp slt i32 %205, %NQ
	br i1 %215, label %260, label %261

216:
	%217 = phi i32 [ %0, %202 ], [ %259, %258 ]
	%218 = phi i32 [ 0, %202 ], [ %218, %258 ]
	%219 = icmp slt i32 %217, %15
	br i1 %219, label %220, label %222

220:
	%221 = icmp slt i32 %217, %NK
	br i1 %221, label %223, label %239

222:
	br label %203

223:
	%224 = add i32 %150, %217
	%225 = sext i32 %224 to i64
	%226 = getelementptr float, float* %e, i64 %225
	%227 = load float, float* %226
	%228 = fcmp oge float %227, 0.0
	%229 = icmp sge i32 %217, %152
	%230 = icmp sle i32 %217, %156
	%231 = and i1 %229, %230
	%232 = or i1 false, %231
	%233 = icmp eq i32 %217, 0
	%234 = or i1 %232, %233
	%235 = bitcast float %227 to i32
	%236 = add i32 %235, 2
	%237 = select i1 %234, i32 1, i32 %236
	%238 = select i1 %228, i32 %237, i32 0
	br label %239

239:
	%240 = phi i32 [ 0, %220 ], [ %238, %223 ]
	%241 = icmp uge i32 %240, 2
	%242 = and i32 %240, %11
	%243 = icmp eq i32 %242, %7
	%244 = and i1 %241, %243
	%245 = lshr i32 %240, 24
	%246 = and i32 %245, 255
	%247 = select i1 %244, i32 %246, i32 256
	%248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %247)
	%249 = shl i32 1, %3
	%250 = sub i32 %249, 1
	%251 = and i32 %248, %250
	%252 = icmp eq i32 %251, 0
	%253 = and i1 %244, %252
	br i1 %253, label %254, label %258

254:
	%255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %246
	%256 = call i32 @llvm.ctpop.i32(i32 %248)
	%257 = atomicrmw add i32 addrspace(3)* %255, i32 %256 monotonic
	br label %258

258:
	%259 = add i32 %217, 256
	br label %216

260:
	br label %274

261:
	%262 = mul i32 %1, 8
	%263 = add i32 %262, 5
	%264 = mul i32 %2, %NQ
	%265 = add i32 %264, %263
	%266 = mul i32 %265, %NK
	%267 = mul i32 %263, 64
	%268 = sdiv i32 %267, 64
	%269 = add i32 %263, 1
	%270 = mul i32 %269, 64
	%271 = sub i32 %270, 1
	%272 = sdiv i32 %271, 64
	%273 = icmp slt i32 %263, %NQ
	br i1 %273, label %318, label %319

274:
	%275 = phi i32 [ %0, %260 ], [ %317, %316 ]
	%276 = phi i32 [ 0, %260 ], [ %276, %316 ]
	%277 = icmp slt i32 %275, %15
	br i1 %277, label %278, label %280

278:
	%279 = icmp slt i32 %275, %NK
	br i1 %279, label %281, label %297

280:
	br label %261

281:
	%282 = add i32 %208, %275
	%283 = sext i32 %282 to i64
	%284 = getelementptr float, float* %e, i64 %283
	%285 = load float, float* %284
	%286 = fcmp oge float %285, 0.0
	%287 = icmp sge i32 %275, %210
	%288 = icmp sle i32 %275, %214
	%289 = and i1 %287, %288
	%290 = or i1 false, %289
	%291 = icmp eq i32 %275, 0
	%292 = or i1 %290, %291
	%293 = bitcast float %285 to i32
	%294 = add i32 %293, 2
	%295 = select i1 %292, i32 1, i32 %294
	%296 = select i1 %286, i32 %295, i32 0
	br label %297

297:
	%298 = phi i32 [ 0, %278 ], [ %296, %281 ]
	%299 = icmp uge i32 %298, 2
	%300 = and i32 %298, %11
	%301 = icmp eq i32 %300, %7
	%302 = and i1 %299, %301
	%303 = lshr i32 %298, 24
	%304 = and i32 %303, 255
	%305 = select i1 %302, i32 %304, i32 256
	%306 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %305)
	%307 = shl i32 1, %3
	%308 = sub i32 %307, 1
	%309 = and i32 %306, %308
	%310 = icmp eq i32 %309, 0
	%311 = and i1 %302, %310
	br i1 %311, label %312, label %316

312:
	%313 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %304
	%314 = call i32 @llvm.ctpop.i32(i32 %306)
	%315 = atomicrmw add i32 addrspace(3)* %313, i32 %314 monotonic
	br label %316

316:
	%317 = add i32 %275, 256
	br label %274

318:
	br label %332

319:
	%320 = mul i32 %1, 8
	%321 = add i32 %320, 6
	%322 = mul i32 %2, %NQ
	%323 = add i32 %322, %321
	%324 = mul i32 %323, %NK
	%325 = mul i32 %321, 64
	%326 = sdiv i32 %325, 64
	%327 = add i32 %321, 1
	%328 = mul i32 %327, 64
	%329 = sub i32 %328, 1
	%330 = sdiv i32 %329, 64
	%331 = icmp slt i32 %321, %NQ
	br i1 %331, label %376, label %377

332:
	%333 = phi i32 [ %0, %318 ], [ %375, %374 ]
	%334 = phi i32 [ 0, %318 ], [ %334, %374 ]
	%335 = icmp slt i32 %333, %15
	br i1 %335, label %336, label %338

336:
	%337 = icmp slt i32 %333, %NK
	br i1 %337, label %339, label %355

338:
	br label %319

339:
	%340 = add i32 %266, %333
	%341 = sext i32 %340 to i64
	%342 = getelementptr float, float* %e, i64 %341
	%343 = load float, float* %342
	%344 = fcmp oge float %343, 0.0
	%345 = icmp sge i32 %333, %268
	%346 = icmp sle i32 %333, %272
	%347 = and i1 %345, %346
	%348 = or i1 false, %347
	%349 = icmp eq i32 %333, 0
	%350 = or i1 %348, %349
	%351 = bitcast float %343 to i32
	%352 = add i32 %351, 2
	%353 = select i1 %350, i32 1, i32 %352
	%354 = select i1 %344, i32 %353, i32 0
	br label %355

355:
	%356 = phi i32 [ 0, %336 ], [ %354, %339 ]
	%357 = icmp uge i32 %356, 2
	%358 = and i32 %356, %11
	%359 = icmp eq i32 %358, %7
	%360 = and i1 %357, %359
	%361 = lshr i32 %356, 24
	%362 = and i32 %361, 255
	%363 = select i1 %360, i32 %362, i32 256
	%364 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %363)
	%365 = shl i32 1, %3
	%366 = sub i32 %365, 1
	%367 = and i32 %364, %366
	%368 = icmp eq i32 %367, 0
	%369 = and i1 %360, %368
	br i1 %369, label %370, label %374

370:
	%371 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %362
	%372 = call i32 @llvm.ctpop.i32(i32 %364)
	%373 = atomicrmw add i32 addrspace(3)* %371, i32 %372 monotonic
	br label %374

374:
	%375 = add i32 %333, 256
	br label %332

376:
	br label %390

377:
	%378 = mul i32 %1, 8
	%379 = add i32 %378, 7
	%380 = mul i32 %2, %NQ
	%381 = add i32 %380, %379
	%382 = mul i32 %381, %NK
	%383 = mul i32 %379, 64
	%384 = sdiv i32 %383, 64
	%385 = add i32 %379, 1
	%386 = mul i32 %385, 64
	%387 = sub i32 %386, 1
	%388 = sdiv i32 %387, 64
	%389 = icmp slt i32 %379, %NQ
	br i1 %389, label %434, label %435

390:
	%391 = phi i32 [ %0, %376 ], [ %433, %432 ]
	%392 = phi i32 [ 0, %376 ], [ %392, %432 ]
	%393 = icmp slt i32 %391, %15
	br i1 %393, label %394, label %396

394:
	%395 = icmp slt i32 %391, %NK
	br i1 %395, label %397, label %413

396:
	br label %377

397:
	%398 = add i32 %324, %391
	%399 = sext i32 %398 to i64
	%400 = getelementptr float, float* %e, i64 %399
	%401 = load float, float* %400
	%402 = fcmp oge float %401, 0.0
	%403 = icmp sge i32 %391, %326
	%404 = icmp sle i32 %391, %330
	%405 = and i1 %403, %404
	%406 = or i1 false, %405
	%407 = icmp eq i32 %391, 0
	%408 = or i1 %406, %407
	%409 = bitcast float %401 to i32
	%410 = add i32 %409, 2
	%411 = select i1 %408, i32 1, i32 %410
	%412 = select i1 %402, i32 %411, i32 0
	br label %413

413:
	%414 = phi i32 [ 0, %394 ], [ %412, %397 ]
	%415 = icmp uge i32 %414, 2
	%416 = and i32 %414, %11
	%417 = icmp eq i32 %416, %7
	%418 = and i1 %415, %417
	%419 = lshr i32 %414, 24
	%420 = and i32 %419, 255
	%421 = select i1 %418, i32 %420, i32 256
	%422 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %421)
	%423 = shl i32 1, %3
	%424 = sub i32 %423, 1
	%425 = and i32 %422, %424
	%426 = icmp eq i32 %425, 0
	%427 = and i1 %418, %426
	br i1 %427, label %428, label %432

428:
	%429 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %420
	%430 = call i32 @llvm.ctpop.i32(i32 %422)
	%431 = atomicrmw add i32 addrspace(3)* %429, i32 %430 monotonic
	br label %432

432:
	%433 = add i32 %391, 256
	br label %390

434:
	br label %439

435:
	call void @llvm.nvvm.barrier0()
	%436 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %0
	%437 = load i32, i32 addrspace(3)* %436
	%438 = icmp ne i32 %437, 0
	br i1 %438, label %483, label %489

439:
	%440 = phi i32 [ %0, %434 ], [ %482, %481 ]
	%441 = phi i32 [ 0, %434 ], [ %441, %481 ]
	%442 = icmp slt i32 %440, %15
	br i1 %442, label %443, label %445

443:
	%444 = icmp slt i32 %440, %NK
	br i1 %444, label %446, label %462

445:
	br label %435

446:
	%447 = add i32 %382, %440
	%448 = sext i32 %447 to i64
	%449 = getelementptr float, float* %e, i64 %448
	%450 = load float, float* %449
	%451 = fcmp oge float %450, 0.0
	%452 = icmp sge i32 %440, %384
	%453 = icmp sle i32 %440, %388
	%454 = and i1 %452, %453
	%455 = or i1 false, %454
	%456 = icmp eq i32 %440, 0
	%457 = or i1 %455, %456
	%458 = bitcast float %450 to i32
	%459 = add i32 %458, 2
	%460 = select i1 %457, i32 1, i32 %459
	%461 = select i1 %451, i32 %460, i32 0
	br label %462

462:
	%463 = phi i32 [ 0, %443 ], [ %461, %446 ]
	%464 = icmp uge i32 %463, 2
	%465 = and i32 %463, %11
	%466 = icmp eq i32 %465, %7
	%467 = and i1 %464, %466
	%468 = lshr i32 %463, 24
	%469 = and i32 %468, 255
	%470 = select i1 %467, i32 %469, i32 256
	%471 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %470)
	%472 = shl i32 1, %3
	%473 = sub i32 %472, 1
	%474 = and i32 %471, %473
	%475 = icmp eq i32 %474, 0
	%476 = and i1 %467, %475
	br i1 %476, label %477, label %481

477:
	%478 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %469
	%479 = call i32 @llvm.ctpop.i32(i32 %471)
	%480 = atomicrmw add i32 addrspace(3)* %478, i32 %479 monotonic
	br label %481

481:
	%482 = add i32 %440, 256
	br label %439

483:
	%484 = mul i32 0, 256
	%485 = add i32 %484, %0
	%486 = sext i32 %485 to i64
	%487 = getelementptr i32, i32* %hist, i64 %486
	%488 = atomicrmw add i32* %487, i32 %437 monotonic
	br label %489

489:
	ret void
}

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

define ptx_kernel void @best_select1_pick24(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 24
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, u0xFF000000
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_hist16(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = sdiv i32 %21, 64
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = sub i32 %24, 1
	%26 = sdiv i32 %25, 64
	%27 = icmp slt i32 %17, %NQ
	br i1 %27, label %28, label %29

28:
	br label %42

29:
	%30 = mul i32 %1, 8
	%31 = add i32 %30, 1
	%32 = mul i32 %2, %NQ
	%33 = add i32 %32, %31
	%34 = mul i32 %33, %NK
	%35 = mul i32 %31, 64
	%36 = sdiv i32 %35, 64
	%37 = add i32 %31, 1
	%38 = mul i32 %37, 64
	%39 = sub i32 %38, 1
	%40 = sdiv i32 %39, 64
	%41 = icmp slt i32 %31, %NQ
	br i1 %41, label %86, label %87

42:
	%43 = phi i32 [ %0, %28 ], [ %85, %84 ]
	%44 = phi i32 [ 0, %28 ], [ %44, %84 ]
	%45 = icmp slt i32 %43, %15
	br i1 %45, label %46, label %48

46:
	%47 = icmp slt i32 %43, %NK
	br i1 %47, label %49, label %65

48:
	br label %29

49:
	%50 = add i32 %20, %43
	%51 = sext i32 %50 to i64
	%52 = getelementptr float, float* %e, i64 %51
	%53 = load float, float* %52
	%54 = fcmp oge float %53, 0.0
	%55 = icmp sge i32 %43, %22
	%56 = icmp sle i32 %43, %26
	%57 = and i1 %55, %56
	%58 = or i1 false, %57
	%59 = icmp eq i32 %43, 0
	%60 = or i1 %58, %59
	%61 = bitcast float %53 to i32
	%62 = add i32 %61, 2
	%63 = select i1 %60, i32 1, i32 %62
	%64 = select i1 %54, i32 %63, i32 0
	br label %65

65:
	%66 = phi i32 [ 0, %46 ], [ %64, %49 ]
	%67 = icmp uge i32 %66, 2
	%68 = and i32 %66, %11
	%69 = icmp eq i32 %68, %7
	%70 = and i1 %67, %69
	%71 = lshr i32 %66, 16
	%72 = and i32 %71, 255
	%73 = select i1 %70, i32 %72, i32 256
	%74 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %73)
	%75 = shl i32 1, %3
	%76 = sub i32 %75, 1
	%77 = and i32 %74, %76
	%78 = icmp eq i32 %77, 0
	%79 = and i1 %70, %78
	br i1 %79, label %80, label %84

80:
	%81 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %72
	%82 = call i32 @llvm.ctpop.i32(i32 %74)
	%83 = atomicrmw add i32 addrspace(3)* %81, i32 %82 monotonic
	br label %84

84:
	%85 = add i32 %43, 256
	br label %42

86:
	br label %100

87:
	%88 = mul i32 %1, 8
	%89 = add i32 %88, 2
	%90 = mul i32 %2, %NQ
	%91 = add i32 %90, %89
	%92 = mul i32 %91, %NK
	%93 = mul i32 %89, 64
	%94 = sdiv i32 %93, 64
	%95 = add i32 %89, 1
	%96 = mul i32 %95, 64
	%97 = sub i32 %96, 1
	%98 = sdiv i32 %97, 64
	%99 = icmp slt i32 %89, %NQ
	br i1 %99, label %144, label %145

100:
	%101 = phi i32 [ %0, %86 ], [ %143, %142 ]
	%102 = phi i32 [ 0, %86 ], [ %102, %142 ]
	%103 = icmp slt i32 %101, %15
	br i1 %103, label %104, label %106

104:
	%105 = icmp slt i32 %101, %NK
	br i1 %105, label %107, label %123

106:
	br label %87

107:
	%108 = add i32 %34, %101
	%109 = sext i32 %108 to i64
	%110 = getelementptr float, float* %e, i64 %109
	%111 = load float, float* %110
	%112 = fcmp oge float %111, 0.0
	%113 = icmp sge i32 %101, %36
	%114 = icmp sle i32 %101, %40
	%115 = and i1 %113, %114
	%116 = or i1 false, %115
	%117 = icmp eq i32 %101, 0
	%118 = or i1 %116, %117
	%119 = bitcast float %111 to i32
	%120 = add i32 %119, 2
	%121 = select i1 %118, i32 1, i32 %120
	%122 = select i1 %112, i32 %121, i32 0
	br label %123

123:
	%124 = phi i32 [ 0, %104 ], [ %122, %107 ]
	%125 = icmp uge i32 %124, 2
	%126 = and i32 %124, %11
	%127 = icmp eq i32 %126, %7
	%128 = and i1 %125, %127
	%129 = lshr i32 %124, 16
	%130 = and i32 %129, 255
	%131 = select i1 %128, i32 %130, i32 256
	%132 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %131)
	%133 = shl i32 1, %3
	%134 = sub i32 %133, 1
	%135 = and i32 %132, %134
	%136 = icmp eq i32 %135, 0
	%137 = and i1 %128, %136
	br i1 %137, label %138, label %142

138:
	%139 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %130
	%140 = call i32 @llvm.ctpop.i32(i32 %132)
	%141 = atomicrmw add i32 addrspace(3)* %139, i32 %140 monotonic
	br label %142

142:
	%143 = add i32 %101, 256
	br label %100

144:
	br label %158

145:
	%146 = mul i32 %1, 8
	%147 = add i32 %146, 3
	%148 = mul i32 %2, %NQ
	%149 = add i32 %148, %147
	%150 = mul i32 %149, %NK
	%151 = mul i32 %147, 64
	%152 = sdiv i32 %151, 64
	%153 = add i32 %147, 1
	%154 = mul i32 %153, 64
	%155 = sub i32 %154, 1
	%156 = sdiv i32 %155, 64
	%157 = icmp slt i32 %147, %NQ
	br i1 %157, label %202, label %203

158:
	%159 = phi i32 [ %0, %144 ], [ %201, %200 ]
	%160 = phi i32 [ 0, %144 ], [ %160, %200 ]
	%161 = icmp slt i32 %159, %15
	br i1 %161, label %162, label %164

162:
	%163 = icmp slt i32 %159, %NK
	br i1 %163, label %165, label %181

164:
	br label %145

165:
	%166 = add i32 %92, %159
	%167 = sext i32 %166 to i64
	%168 = getelementptr float, float* %e, i64 %167
	%169 = load float, float* %168
	%170 = fcmp oge float %169, 0.0
	%171 = icmp sge i32 %159, %94
	%172 = icmp sle i32 %159, %98
	%173 = and i1 %171, %172
	%174 = or i1 false, %173
	%175 = icmp eq i32 %159, 0
	%176 = or i1 %174, %175
	%177 = bitcast float %169 to i32
	%178 = add i32 %177, 2
	%179 = select i1 %176, i32 1, i32 %178
	%180 = select i1 %170, i32 %179, i32 0
	br label %181

181:
	%182 = phi i32 [ 0, %162 ], [ %180, %165 ]
	%183 = icmp uge i32 %182, 2
	%184 = and i32 %182, %11
	%185 = icmp eq i32 %184, %7
	%186 = and i1 %183, %185
	%187 = lshr i32 %182, 16
	%188 = and i32 %187, 255
	%189 = select i1 %186, i32 %188, i32 256
	%190 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %189)
	%191 = shl i32 1, %3
	%192 = sub i32 %191, 1
	%193 = and i32 %190, %192
	%194 = icmp eq i32 %193, 0
	%195 = and i1 %186, %194
	br i1 %195, label %196, label %200

196:
	%197 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %188
	%198 = call i32 @llvm.ctpop.i32(i32 %190)
	%199 = atomicrmw add i32 addrspace(3)* %197, i32 %198 monotonic
	br label %200

200:
	%201 = add i32 %159, 256
	br label %158

202:
	br label %216

203:
	%204 = mul i32 %1, 8
	%205 = add i32 %204, 4
	%206 = mul i32 %2, %NQ
	%207 = add i32 %206, %205
	%208 = mul i32 %207, %NK
	%209 = mul i32 %205, 64
	%210 = sdiv i32 %209, 64
	%211 = add i32 %205, 1
	%212 = mul i32 %211, 64
	%213 = sub i32 %212, 1
	%214 = sdiv i32 %213, 64
	%215 = icmp slt i32 %205, %NQ
	br i1 %215, label %260, label %261

216:
	%217 = phi i32 [ %0, %202 ], [ %259, %258 ]
	%218 = phi i32 [ 0, %202 ], [ %218, %258 ]
	%219 = icmp slt i32 %217, %15
	br i1 %219, label %220, label %222

220:
	%221 = icmp slt i32 %217, %NK
	br i1 %221, label %223, label %239

222:
	br label %203

223:
	%224 = add i32 %150, %217
	%225 = sext i32 %224 to i64
	%226 = getelementptr float, float* %e, i64 %225
	%227 = load float, float* %226
	%228 = fcmp oge float %227, 0.0
	%229 = icmp sge i32 %217, %152
	%230 = icmp sle i32 %217, %156
	%231 = and i1 %229, %230
	%232 = or i1 false, %231
	%233 = icmp eq i32 %217, 0
	%234 = or i1 %232, %233
	%235 = bitcast float %227 to i32
	%236 = add i32 %235, 2
	%237 = select i1 %234, i32 1, i32 %236
	%238 = select i1 %228, i32 %237, i32 0
	br label %239

239:
	%240 = phi i32 [ 0, %220 ], [ %238, %223 ]
	%241 = icmp uge i32 %240, 2
	%242 = and i32 %240, %11
	%243 = icmp eq i32 %242, %7
	%244 = and i1 %241, %243
	%245 = lshr i32 %240, 16
	%246 = and i32 %245, 255
	%247 = select i1 %244, i32 %246, i32 256
	%248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %247)
	%249 = shl i32 1, %3
	%250 = sub i32 %249, 1
	%251 = and i32 %248, %250
	%252 = icmp eq i32 %251, 0
	%253 = and i1 %244, %252
	br i1 %253, label %254, label %258

254:
	%255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %246
	%256 = call i32 @llvm.ctpop.i32(i32 %248)
	%257 = atomicrmw add i32 addrspace(3)* %255, i32 %256 monotonic
	br label %258

258:
	%259 = add i32 %217, 256
	br label %216

260:
	br label %274

261:
	%262 = mul i32 %1, 8
	%263 = add i32 %262, 5
	%264 = mul i32 %2, %NQ
	%265 = add i32 %264, %263
	%266 = mul i32 %265, %NK
	%267 = mul i32 %263, 64
	%268 = sdiv i32 %267, 64
	%269 = add i32 %263, 1
	%270 = mul i32 %269, 64
	%271 = sub i32 %270, 1
	%272 = sdiv i32 %271, 64
	%273 = icmp slt i32 %263, %NQ
	br i1 %273, label %318, label %319

274:
	%275 = phi i32 [ %0, %260 ], [ %317, %316 ]
	%276 = phi i32 [ 0, %260 ], [ %276, %316 ]
	%277 = icmp slt i32 %275, %15
	br i1 %277, label %278, label %280

278:
	%279 = icmp slt i32 %275, %NK
	br i1 %279, label %281, label %297

280:
	br label %261

281:
	%282 = add i32 %208, %275
	%283 = sext i32 %282 to i64
	%284 = getelementptr float, float* %e, i64 %283
	%285 = load float, float* %284
	%286 = fcmp oge float %285, 0.0
	%287 = icmp sge i32 %275, %210
	%288 = icmp sle i32 %275, %214
	%289 = and i1 %287, %288
	%290 = or i1 false, %289
	%291 = icmp eq i32 %275, 0
	%292 = or i1 %290, %291
	%293 = bitcast float %285 to i32
	%294 = add i32 %293, 2
	%295 = select i1 %292, i32 1, i32 %294
	%296 = select i1 %286, i32 %295, i32 0
	br label %297

297:
	%298 = phi i32 [ 0, %278 ], [ %296, %281 ]
	%299 = icmp uge i32 %298, 2
	%300 = and i32 %298, %11
	%301 = icmp eq i32 %300, %7
	%302 = and i1 %299, %301
	%303 = lshr i32 %298, 16
	%304 = and i32 %303, 255
	%305 = select i1 %302, i32 %304, i32 256
	%306 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %305)
	%307 = shl i32 1, %3
	%308 = sub i32 %307, 1
	%309 = and i32 %306, %308
	%310 = icmp eq i32 %309, 0
	%311 = and i1 %302, %310
	br i1 %311, label %312, label %316

312:
	%313 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %304
	%314 = call i32 @llvm.ctpop.i32(i32 %306)
	%315 = atomicrmw add i32 addrspace(3)* %313, i32 %314 monotonic
	br label %316

316:
	%317 = add i32 %275, 256
	br label %274

318:
	br label %332

319:
	%320 = mul i32 %1, 8
	%321 = add i32 %320, 6
	%322 = mul i32 %2, %NQ
	%323 = add i32 %322, %321
	%324 = mul i32 %323, %NK
	%325 = mul i32 %321, 64
	%326 = sdiv i32 %325, 64
	%327 = add i32 %321, 1
	%328 = mul i32 %327, 64
	%329 = sub i32 %328, 1
	%330 = sdiv i32 %329, 64
	%331 = icmp slt i32 %321, %NQ
	br i1 %331, label %376, label %377

332:
	%333 = phi i32 [ %0, %318 ], [ %375, %374 ]
	%334 = phi i32 [ 0, %318 ], [ %334, %374 ]
	%335 = icmp slt i32 %333, %15
	br i1 %335, label %336, label %338

336:
	%337 = icmp slt i32 %333, %NK
	br i1 %337, label %339, label %355

338:
	br label %319

339:
	%340 = add i32 %266, %333
	%341 = sext i32 %340 to i64
	%342 = getelementptr float, float* %e, i64 %341
	%343 = load float, float* %342
	%344 = fcmp oge float %343, 0.0
	%345 = icmp sge i32 %333, %268
	%346 = icmp sle i32 %333, %272
	%347 = and i1 %345, %346
	%348 = or i1 false, %347
	%349 = icmp eq i32 %333, 0
	%350 = or i1 %348, %349
	%351 = bitcast float %343 to i32
	%352 = add i32 %351, 2
	%353 = select i1 %350, i32 1, i32 %352
	%354 = select i1 %344, i32 %353, i32 0
	br label %355

355:
	%356 = phi i32 [ 0, %336 ], [ %354, %339 ]
	%357 = icmp uge i32 %356, 2
	%358 = and i32 %356, %11
	%359 = icmp eq i32 %358, %7
	%360 = and i1 %357, %359
	%361 = lshr i32 %356, 16
	%362 = and i32 %361, 255
	%363 = select i1 %360, i32 %362, i32 256
	%364 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %363)
	%365 = shl i32 1, %3
	%366 = sub i32 %365, 1
	%367 = and i32 %364, %366
	%368 = icmp eq i32 %367, 0
	%369 = and i1 %360, %368
	br i1 %369, label %370, label %374

370:
	%371 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %362
	%372 = call i32 @llvm.ctpop.i32(i32 %364)
	%373 = atomicrmw add i32 addrspace(3)* %371, i32 %372 monotonic
	br label %374

374:
	%375 = add i32 %333, 256
	br label %332

376:
	br label %390

377:
	%378 = mul i32 %1, 8
	%379 = add i32 %378, 7
	%380 = mul i32 %2, %NQ
	%381 = add i32 %380, %379
	%382 = mul i32 %381, %NK
	%383 = mul i32 %379, 64
	%384 = sdiv i32 %383, 64
	%385 = add i32 %379, 1
	%386 = mul i32 %385, 64
	%387 = sub i32 %386, 1
	%388 = sdiv i32 %387, 64
	%389 = icmp slt i32 %379, %NQ
	br i1 %389, label %434, label %435

390:
	%391 = phi i32 [ %0, %376 ], [ %433, %432 ]
	%392 = phi i32 [ 0, %376 ], [ %392, %432 ]
	%393 = icmp slt i32 %391, %15
	br i1 %393, label %394, label %396

394:
	%395 = icmp slt i32 %391, %NK
	br i1 %395, label %397, label %413

396:
	br label %377

397:
	%398 = add i32 %324, %391
	%399 = sext i32 %398 to i64
	%400 = getelementptr float, float* %e, i64 %399
	%401 = load float, float* %400
	%402 = fcmp oge float %401, 0.0
	%403 = icmp sge i32 %391, %326
	%404 = icmp sle i32 %391, %330
	%405 = and i1 %403, %404
	%406 = or i1 false, %405
	%407 = icmp eq i32 %391, 0
	%408 = or i1 %406, %407
	%409 = bitcast float %401 to i32
	%410 = add i32 %409, 2
	%411 = select i1 %408, i32 1, i32 %410
	%412 = select i1 %402, i32 %411, i32 0
	br label %413

413:
	%414 = phi i32 [ 0, %394 ], [ %412, %397 ]
	%415 = icmp uge i32 %414, 2
	%416 = and i32 %414, %11
	%417 = icmp eq i32 %416, %7
	%418 = and i1 %415, %417
	%419 = lshr i32 %414, 16
	%420 = and i32 %419, 255
	%421 = select i1 %418, i32 %420, i32 256
	%422 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %421)
	%423 = shl i32 1, %3
	%424 = sub i32 %423, 1
	%425 = and i32 %422, %424
	%426 = icmp eq i32 %425, 0
	%427 = and i1 %418, %426
	br i1 %427, label %428, label %432

428:
	%429 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %420
	%430 = call i32 @llvm.ctpop.i32(i32 %422)
	%431 = atomicrmw add i32 addrspace(3)* %429, i32 %430 monotonic
	br label %432

432:
	%433 = add i32 %391, 256
	br label %390

434:
	br label %439

435:
	call void @llvm.nvvm.barrier0()
	%436 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %0
	%437 = load i32, i32 addrspace(3)* %436
	%438 = icmp ne i32 %437, 0
	br i1 %438, label %483, label %489

439:
	%440 = phi i32 [ %0, %434 ], [ %482, %481 ]
	%441 = phi i32 [ 0, %434 ], [ %441, %481 ]
	%442 = icmp slt i32 %440, %15
	br i1 %442, label %443, label %445

443:
	%444 = icmp slt i32 %440, %NK
	br i1 %444, label %446, label %462

445:
	br label %435

446:
	%447 = add i32 %382, %440
	%448 = sext i32 %447 to i64
	%449 = getelementptr float, float* %e, i64 %448
	%450 = load float, float* %449
	%451 = fcmp oge float %450, 0.0
	%452 = icmp sge i32 %440, %384
	%453 = icmp sle i32 %440, %388
	%454 = and i1 %452, %453
	%455 = or i1 false, %454
	%456 = icmp eq i32 %440, 0
	%457 = or i1 %455, %456
	%458 = bitcast float %450 to i32
	%459 = add i32 %458, 2
	%460 = select i1 %457, i32 1, i32 %459
	%461 = select i1 %451, i32 %460, i32 0
	br label %462

462:
	%463 = phi i32 [ 0, %443 ], [ %461, %446 ]
	%464 = icmp uge i32 %463, 2
	%465 = and i32 %463, %11
	%466 = icmp eq i32 %465, %7
	%467 = and i1 %464, %466
	%468 = lshr i32 %463, 16
	%469 = and i32 %468, 255
	%470 = select i1 %467, i32 %469, i32 256
	%471 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %470)
	%472 = shl i32 1, %3
	%473 = sub i32 %472, 1
	%474 = and i32 %471, %473
	%475 = icmp eq i32 %474, 0
	%476 = and i1 %467, %475
	br i1 %476, label %477, label %481

477:
	%478 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %469
	%479 = call i32 @llvm.ctpop.i32(i32 %471)
	%480 = atomicrmw add i32 addrspace(3)* %478, i32 %479 monotonic
	br label %481

481:
	%482 = add i32 %440, 256
	br label %439

483:
	%484 = mul i32 0, 256
	%485 = add i32 %484, %0
	%486 = sext i32 %485 to i64
	%487 = getelementptr i32, i32* %hist, i64 %486
	%488 = atomicrmw add i32* %487, i32 %437 monotonic
	br label %489

489:
	ret void
}

define ptx_kernel void @best_select1_pick16(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 16
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, u0xFF0000
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_hist8(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = sdiv i32 %21, 64
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = sub i32 %24, 1
	%26 = sdiv i32 %25, 64
	%27 = icmp slt i32 %17, %NQ
	br i1 %27, label %28, label %29

28:
	br label %42

29:
	%30 = mul i32 %1, 8
	%31 = add i32 %30, 1
	%32 = mul i32 %2, %NQ
	%33 = add i32 %32, %31
	%34 = mul i32 %33, %NK
	%35 = mul i32 %31, 64
	%36 = sdiv i32 %35, 64
	%37 = add i32 %31, 1
	%38 = mul i32 %37, 64
	%39 = sub i32 %38, 1
	%40 = sdiv i32 %39, 64
	%41 = icmp slt i32 %31, %NQ
	br i1 %41, label %86, label %87

42:
	%43 = phi i32 [ %0, %28 ], [ %85, %84 ]
	%44 = phi i32 [ 0, %28 ], [ %44, %84 ]
	%45 = icmp slt i32 %43, %15
	br i1 %45, label %46, label %48

46:
	%47 = icmp slt i32 %43, %NK
	br i1 %47, label %49, label %65

48:
	br label %29

49:
	%50 = add i32 %20, %43
	%51 = sext i32 %50 to i64
	%52 = getelementptr float, float* %e, i64 %51
	%53 = load float, float* %52
	%54 = fcmp oge float %53, 0.0
	%55 = icmp sge i32 %43, %22
	%56 = icmp sle i32 %43, %26
	%57 = and i1 %55, %56
	%58 = or i1 false, %57
	%59 = icmp eq i32 %43, 0
	%60 = or i1 %58, %59
	%61 = bitcast float %53 to i32
	%62 = add i32 %61, 2
	%63 = select i1 %60, i32 1, i32 %62
	%64 = select i1 %54, i32 %63, i32 0
	br label %65

65:
	%66 = phi i32 [ 0, %46 ], [ %64, %49 ]
	%67 = icmp uge i32 %66, 2
	%68 = and i32 %66, %11
	%69 = icmp eq i32 %68, %7
	%70 = and i1 %67, %69
	%71 = lshr i32 %66, 8
	%72 = and i32 %71, 255
	%73 = select i1 %70, i32 %72, i32 256
	%74 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %73)
	%75 = shl i32 1, %3
	%76 = sub i32 %75, 1
	%77 = and i32 %74, %76
	%78 = icmp eq i32 %77, 0
	%79 = and i1 %70, %78
	br i1 %79, label %80, label %84

80:
	%81 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %72
	%82 = call i32 @llvm.ctpop.i32(i32 %74)
	%83 = atomicrmw add i32 addrspace(3)* %81, i32 %82 monotonic
	br label %84

84:
	%85 = add i32 %43, 256
	br label %42

86:
	br label %100

87:
	%88 = mul i32 %1, 8
	%89 = add i32 %88, 2
	%90 = mul i32 %2, %NQ
	%91 = add i32 %90, %89
	%92 = mul i32 %91, %NK
	%93 = mul i32 %89, 64
	%94 = sdiv i32 %93, 64
	%95 = add i32 %89, 1
	%96 = mul i32 %95, 64
	%97 = sub i32 %96, 1
	%98 = sdiv i32 %97, 64
	%99 = icmp slt i32 %89, %NQ
	br i1 %99, label %144, label %145

100:
	%101 = phi i32 [ %0, %86 ], [ %143, %142 ]
	%102 = phi i32 [ 0, %86 ], [ %102, %142 ]
	%103 = icmp slt i32 %101, %15
	br i1 %103, label %104, label %106

104:
	%105 = icmp slt i32 %101, %NK
	br i1 %105, label %107, label %123

106:
	br label %87

107:
	%108 = add i32 %34, %101
	%109 = sext i32 %108 to i64
	%110 = getelementptr float, float* %e, i64 %109
	%111 = load float, float* %110
	%112 = fcmp oge float %111, 0.0
	%113 = icmp sge i32 %101, %36
	%114 = icmp sle i32 %101, %40
	%115 = and i1 %113, %114
	%116 = or i1 false, %115
	%117 = icmp eq i32 %101, 0
	%118 = or i1 %116, %117
	%119 = bitcast float %111 to i32
	%120 = add i32 %119, 2
	%121 = select i1 %118, i32 1, i32 %120
	%122 = select i1 %112, i32 %121, i32 0
	br label %123

123:
	%124 = phi i32 [ 0, %104 ], [ %122, %107 ]
	%125 = icmp uge i32 %124, 2
	%126 = and i32 %124, %11
	%127 = icmp eq i32 %126, %7
	%128 = and i1 %125, %127
	%129 = lshr i32 %124, 8
	%130 = and i32 %129, 255
	%131 = select i1 %128, i32 %130, i32 256
	%132 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %131)
	%133 = shl i32 1, %3
	%134 = sub i32 %133, 1
	%135 = and i32 %132, %134
	%136 = icmp eq i32 %135, 0
	%137 = and i1 %128, %136
	br i1 %137, label %138, label %142

138:
	%139 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %130
	%140 = call i32 @llvm.ctpop.i32(i32 %132)
	%141 = atomicrmw add i32 addrspace(3)* %139, i32 %140 monotonic
	br label %142

142:
	%143 = add i32 %101, 256
	br label %100

144:
	br label %158

145:
	%146 = mul i32 %1, 8
	%147 = add i32 %146, 3
	%148 = mul i32 %2, %NQ
	%149 = add i32 %148, %147
	%150 = mul i32 %149, %NK
	%151 = mul i32 %147, 64
	%152 = sdiv i32 %151, 64
	%153 = add i32 %147, 1
	%154 = mul i32 %153, 64
	%155 = sub i32 %154, 1
	%156 = sdiv i32 %155, 64
	%157 = icmp slt i32 %147, %NQ
	br i1 %157, label %202, label %203

158:
	%159 = phi i32 [ %0, %144 ], [ %201, %200 ]
	%160 = phi i32 [ 0, %144 ], [ %160, %200 ]
	%161 = icmp slt i32 %159, %15
	br i1 %161, label %162, label %164

162:
	%163 = icmp slt i32 %159, %NK
	br i1 %163, label %165, label %181

164:
	br label %145

165:
	%166 = add i32 %92, %159
	%167 = sext i32 %166 to i64
	%168 = getelementptr float, float* %e, i64 %167
	%169 = load float, float* %168
	%170 = fcmp oge float %169, 0.0
	%171 = icmp sge i32 %159, %94
	%172 = icmp sle i32 %159, %98
	%173 = and i1 %171, %172
	%174 = or i1 false, %173
	%175 = icmp eq i32 %159, 0
	%176 = or i1 %174, %175
	%177 = bitcast float %169 to i32
	%178 = add i32 %177, 2
	%179 = select i1 %176, i32 1, i32 %178
	%180 = select i1 %170, i32 %179, i32 0
	br label %181

181:
	%182 = phi i32 [ 0, %162 ], [ %180, %165 ]
	%183 = icmp uge i32 %182, 2
	%184 = and i32 %182, %11
	%185 = icmp eq i32 %184, %7
	%186 = and i1 %183, %185
	%187 = lshr i32 %182, 8
	%188 = and i32 %187, 255
	%189 = select i1 %186, i32 %188, i32 256
	%190 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %189)
	%191 = shl i32 1, %3
	%192 = sub i32 %191, 1
	%193 = and i32 %190, %192
	%194 = icmp eq i32 %193, 0
	%195 = and i1 %186, %194
	br i1 %195, label %196, label %200

196:
	%197 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %188
	%198 = call i32 @llvm.ctpop.i32(i32 %190)
	%199 = atomicrmw add i32 addrspace(3)* %197, i32 %198 monotonic
	br label %200

200:
	%201 = add i32 %159, 256
	br label %158

202:
	br label %216

203:
	%204 = mul i32 %1, 8
	%205 = add i32 %204, 4
	%206 = mul i32 %2, %NQ
	%207 = add i32 %206, %205
	%208 = mul i32 %207, %NK
	%209 = mul i32 %205, 64
	%210 = sdiv i32 %209, 64
	%211 = add i32 %205, 1
	%212 = mul i32 %211, 64
	%213 = sub i32 %212, 1
	%214 = sdiv i32 %213, 64
	%215 = icmp slt i32 %205, %NQ
	br i1 %215, label %260, label %261

216:
	%217 = phi i32 [ %0, %202 ], [ %259, %258 ]
	%218 = phi i32 [ 0, %202 ], [ %218, %258 ]
	%219 = icmp slt i32 %217, %15
	br i1 %219, label %220, label %222

220:
	%221 = icmp slt i32 %217, %NK
	br i1 %221, label %223, label %239

222:
	br label %203

223:
	%224 = add i32 %150, %217
	%225 = sext i32 %224 to i64
	%226 = getelementptr float, float* %e, i64 %225
	%227 = load float, float* %226
	%228 = fcmp oge float %227, 0.0
	%229 = icmp sge i32 %217, %152
	%230 = icmp sle i32 %217, %156
	%231 = and i1 %229, %230
	%232 = or i1 false, %231
	%233 = icmp eq i32 %217, 0
	%234 = or i1 %232, %233
	%235 = bitcast float %227 to i32
	%236 = add i32 %235, 2
	%237 = select i1 %234, i32 1, i32 %236
	%238 = select i1 %228, i32 %237, i32 0
	br label %239

239:
	%240 = phi i32 [ 0, %220 ], [ %238, %223 ]
	%241 = icmp uge i32 %240, 2
	%242 = and i32 %240, %11
	%243 = icmp eq i32 %242, %7
	%244 = and i1 %241, %243
	%245 = lshr i32 %240, 8
	%246 = and i32 %245, 255
	%247 = select i1 %244, i32 %246, i32 256
	%248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %247)
	%249 = shl i32 1, %3
	%250 = sub i32 %249, 1
	%251 = and i32 %248, %250
	%252 = icmp eq i32 %251, 0
	%253 = and i1 %244, %252
	br i1 %253, label %254, label %258

254:
	%255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %246
	%256 = call i32 @llvm.ctpop.i32(i32 %248)
	%257 = atomicrmw add i32 addrspace(3)* %255, i32 %256 monotonic
	br label %258

258:
	%259 = add i32 %217, 256
	br label %216

260:
	br label %274

261:
	%262 = mul i32 %1, 8
	%263 = add i32 %262, 5
	%264 = mul i32 %2, %NQ
	%265 = add i32 %264, %263
	%266 = mul i32 %265, %NK
	%267 = mul i32 %263, 64
	%268 = sdiv i32 %267, 64
	%269 = add i32 %263, 1
	%270 = mul i32 %269, 64
	%271 = sub i32 %270, 1
	%272 = sdiv i32 %271, 64
	%273 = icmp slt i32 %263, %NQ
	br i1 %273, label %318, label %319

274:
	%275 = phi i32 [ %0, %260 ], [ %317, %316 ]
	%276 = phi i32 [ 0, %260 ], [ %276, %316 ]
	%277 = icmp slt i32 %275, %15
	br i1 %277, label %278, label %280

278:
	%279 = icmp slt i32 %275, %NK
	br i1 %279, label %281, label %297

280:
	br label %261

281:
	%282 = add i32 %208, %275
	%283 = sext i32 %282 to i64
	%284 = getelementptr float, float* %e, i64 %283
	%285 = load float, float* %284
	%286 = fcmp oge float %285, 0.0
	%287 = icmp sge i32 %275, %210
	%288 = icmp sle i32 %275, %214
	%289 = and i1 %287, %288
	%290 = or i1 false, %289
	%291 = icmp eq i32 %275, 0
	%292 = or i1 %290, %291
	%293 = bitcast float %285 to i32
	%294 = add i32 %293, 2
	%295 = select i1 %292, i32 1, i32 %294
	%296 = select i1 %286, i32 %295, i32 0
	br label %297

297:
	%298 = phi i32 [ 0, %278 ], [ %296, %281 ]
	%299 = icmp uge i32 %298, 2
	%300 = and i32 %298, %11
	%301 = icmp eq i32 %300, %7
	%302 = and i1 %299, %301
	%303 = lshr i32 %298, 8
	%304 = and i32 %303, 255
	%305 = select i1 %302, i32 %304, i32 256
	%306 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %305)
	%307 = shl i32 1, %3
	%308 = sub i32 %307, 1
	%309 = and i32 %306, %308
	%310 = icmp eq i32 %309, 0
	%311 = and i1 %302, %310
	br i1 %311, label %312, label %316

312:
	%313 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %304
	%314 = call i32 @llvm.ctpop.i32(i32 %306)
	%315 = atomicrmw add i32 addrspace(3)* %313, i32 %314 monotonic
	br label %316

316:
	%317 = add i32 %275, 256
	br label %274

318:
	br label %332

319:
	%320 = mul i32 %1, 8
	%321 = add i32 %320, 6
	%322 = mul i32 %2, %NQ
	%323 = add i32 %322, %321
	%324 = mul i32 %323, %NK
	%325 = mul i32 %321, 64
	%326 = sdiv i32 %325, 64
	%327 = add i32 %321, 1
	%328 = mul i32 %327, 64
	%329 = sub i32 %328, 1
	%330 = sdiv i32 %329, 64
	%331 = icmp slt i32 %321, %NQ
	br i1 %331, label %376, label %377

332:
	%333 = phi i32 [ %0, %318 ], [ %375, %374 ]
	%334 = phi i32 [ 0, %318 ], [ %334, %374 ]
	%335 = icmp slt i32 %333, %15
	br i1 %335, label %336, label %338

336:
	%337 = icmp slt i32 %333, %NK
	br i1 %337, label %339, label %355

338:
	br label %319

339:
	%340 = add i32 %266, %333
	%341 = sext i32 %340 to i64
	%342 = getelementptr float, float* %e, i64 %341
	%343 = load float, float* %342
	%344 = fcmp oge float %343, 0.0
	%345 = icmp sge i32 %333, %268
	%346 = icmp sle i32 %333, %272
	%347 = and i1 %345, %346
	%348 = or i1 false, %347
	%349 = icmp eq i32 %333, 0
	%350 = or i1 %348, %349
	%351 = bitcast float %343 to i32
	%352 = add i32 %351, 2
	%353 = select i1 %350, i32 1, i32 %352
	%354 = select i1 %344, i32 %353, i32 0
	br label %355

355:
	%356 = phi i32 [ 0, %336 ], [ %354, %339 ]
	%357 = icmp uge i32 %356, 2
	%358 = and i32 %356, %11
	%359 = icmp eq i32 %358, %7
	%360 = and i1 %357, %359
	%361 = lshr i32 %356, 8
	%362 = and i32 %361, 255
	%363 = select i1 %360, i32 %362, i32 256
	%364 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %363)
	%365 = shl i32 1, %3
	%366 = sub i32 %365, 1
	%367 = and i32 %364, %366
	%368 = icmp eq i32 %367, 0
	%369 = and i1 %360, %368
	br i1 %369, label %370, label %374

370:
	%371 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %362
	%372 = call i32 @llvm.ctpop.i32(i32 %364)
	%373 = atomicrmw add i32 addrspace(3)* %371, i32 %372 monotonic
	br label %374

374:
	%375 = add i32 %333, 256
	br label %332

376:
	br label %390

377:
	%378 = mul i32 %1, 8
	%379 = add i32 %378, 7
	%380 = mul i32 %2, %NQ
	%381 = add i32 %380, %379
	%382 = mul i32 %381, %NK
	%383 = mul i32 %379, 64
	%384 = sdiv i32 %383, 64
	%385 = add i32 %379, 1
	%386 = mul i32 %385, 64
	%387 = sub i32 %386, 1
	%388 = sdiv i32 %387, 64
	%389 = icmp slt i32 %379, %NQ
	br i1 %389, label %434, label %435

390:
	%391 = phi i32 [ %0, %376 ], [ %433, %432 ]
	%392 = phi i32 [ 0, %376 ], [ %392, %432 ]
	%393 = icmp slt i32 %391, %15
	br i1 %393, label %394, label %396

394:
	%395 = icmp slt i32 %391, %NK
	br i1 %395, label %397, label %413

396:
	br label %377

397:
	%398 = add i32 %324, %391
	%399 = sext i32 %398 to i64
	%400 = getelementptr float, float* %e, i64 %399
	%401 = load float, float* %400
	%402 = fcmp oge float %401, 0.0
	%403 = icmp sge i32 %391, %326
	%404 = icmp sle i32 %391, %330
	%405 = and i1 %403, %404
	%406 = or i1 false, %405
	%407 = icmp eq i32 %391, 0
	%408 = or i1 %406, %407
	%409 = bitcast float %401 to i32
	%410 = add i32 %409, 2
	%411 = select i1 %408, i32 1, i32 %410
	%412 = select i1 %402, i32 %411, i32 0
	br label %413

413:
	%414 = phi i32 [ 0, %394 ], [ %412, %397 ]
	%415 = icmp uge i32 %414, 2
	%416 = and i32 %414, %11
	%417 = icmp eq i32 %416, %7
	%418 = and i1 %415, %417
	%419 = lshr i32 %414, 8
	%420 = and i32 %419, 255
	%421 = select i1 %418, i32 %420, i32 256
	%422 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %421)
	%423 = shl i32 1, %3
	%424 = sub i32 %423, 1
	%425 = and i32 %422, %424
	%426 = icmp eq i32 %425, 0
	%427 = and i1 %418, %426
	br i1 %427, label %428, label %432

428:
	%429 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %420
	%430 = call i32 @llvm.ctpop.i32(i32 %422)
	%431 = atomicrmw add i32 addrspace(3)* %429, i32 %430 monotonic
	br label %432

432:
	%433 = add i32 %391, 256
	br label %390

434:
	br label %439

435:
	call void @llvm.nvvm.barrier0()
	%436 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %0
	%437 = load i32, i32 addrspace(3)* %436
	%438 = icmp ne i32 %437, 0
	br i1 %438, label %483, label %489

439:
	%440 = phi i32 [ %0, %434 ], [ %482, %481 ]
	%441 = phi i32 [ 0, %434 ], [ %441, %481 ]
	%442 = icmp slt i32 %440, %15
	br i1 %442, label %443, label %445

443:
	%444 = icmp slt i32 %440, %NK
	br i1 %444, label %446, label %462

445:
	br label %435

446:
	%447 = add i32 %382, %440
	%448 = sext i32 %447 to i64
	%449 = getelementptr float, float* %e, i64 %448
	%450 = load float, float* %449
	%451 = fcmp oge float %450, 0.0
	%452 = icmp sge i32 %440, %384
	%453 = icmp sle i32 %440, %388
	%454 = and i1 %452, %453
	%455 = or i1 false, %454
	%456 = icmp eq i32 %440, 0
	%457 = or i1 %455, %456
	%458 = bitcast float %450 to i32
	%459 = add i32 %458, 2
	%460 = select i1 %457, i32 1, i32 %459
	%461 = select i1 %451, i32 %460, i32 0
	br label %462

462:
	%463 = phi i32 [ 0, %443 ], [ %461, %446 ]
	%464 = icmp uge i32 %463, 2
	%465 = and i32 %463, %11
	%466 = icmp eq i32 %465, %7
	%467 = and i1 %464, %466
	%468 = lshr i32 %463, 8
	%469 = and i32 %468, 255
	%470 = select i1 %467, i32 %469, i32 256
	%471 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %470)
	%472 = shl i32 1, %3
	%473 = sub i32 %472, 1
	%474 = and i32 %471, %473
	%475 = icmp eq i32 %474, 0
	%476 = and i1 %467, %475
	br i1 %476, label %477, label %481

477:
	%478 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %469
	%479 = call i32 @llvm.ctpop.i32(i32 %471)
	%480 = atomicrmw add i32 addrspace(3)* %478, i32 %479 monotonic
	br label %481

481:
	%482 = add i32 %440, 256
	br label %439

483:
	%484 = mul i32 0, 256
	%485 = add i32 %484, %0
	%486 = sext i32 %485 to i64
	%487 = getelementptr i32, i32* %hist, i64 %486
	%488 = atomicrmw add i32* %487, i32 %437 monotonic
	br label %489

489:
	ret void
}

define ptx_kernel void @best_select1_pick8(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 8
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, u0xFF00
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_hist0(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = sdiv i32 %21, 64
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = sub i32 %24, 1
	%26 = sdiv i32 %25, 64
	%27 = icmp slt i32 %17, %NQ
	br i1 %27, label %28, label %29

28:
	br label %42

29:
	%30 = mul i32 %1, 8
	%31 = add i32 %30, 1
	%32 = mul i32 %2, %NQ
	%33 = add i32 %32, %31
	%34 = mul i32 %33, %NK
	%35 = mul i32 %31, 64
	%36 = sdiv i32 %35, 64
	%37 = add i32 %31, 1
	%38 = mul i32 %37, 64
	%39 = sub i32 %38, 1
	%40 = sdiv i32 %39, 64
	%41 = icmp slt i32 %31, %NQ
	br i1 %41, label %86, label %87

42:
	%43 = phi i32 [ %0, %28 ], [ %85, %84 ]
	%44 = phi i32 [ 0, %28 ], [ %44, %84 ]
	%45 = icmp slt i32 %43, %15
	br i1 %45, label %46, label %48

46:
	%47 = icmp slt i32 %43, %NK
	br i1 %47, label %49, label %65

48:
	br label %29

49:
	%50 = add i32 %20, %43
	%51 = sext i32 %50 to i64
	%52 = getelementptr float, float* %e, i64 %51
	%53 = load float, float* %52
	%54 = fcmp oge float %53, 0.0
	%55 = icmp sge i32 %43, %22
	%56 = icmp sle i32 %43, %26
	%57 = and i1 %55, %56
	%58 = or i1 false, %57
	%59 = icmp eq i32 %43, 0
	%60 = or i1 %58, %59
	%61 = bitcast float %53 to i32
	%62 = add i32 %61, 2
	%63 = select i1 %60, i32 1, i32 %62
	%64 = select i1 %54, i32 %63, i32 0
	br label %65

65:
	%66 = phi i32 [ 0, %46 ], [ %64, %49 ]
	%67 = icmp uge i32 %66, 2
	%68 = and i32 %66, %11
	%69 = icmp eq i32 %68, %7
	%70 = and i1 %67, %69
	%71 = lshr i32 %66, 0
	%72 = and i32 %71, 255
	%73 = select i1 %70, i32 %72, i32 256
	%74 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %73)
	%75 = shl i32 1, %3
	%76 = sub i32 %75, 1
	%77 = and i32 %74, %76
	%78 = icmp eq i32 %77, 0
	%79 = and i1 %70, %78
	br i1 %79, label %80, label %84

80:
	%81 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %72
	%82 = call i32 @llvm.ctpop.i32(i32 %74)
	%83 = atomicrmw add i32 addrspace(3)* %81, i32 %82 monotonic
	br label %84

84:
	%85 = add i32 %43, 256
	br label %42

86:
	br label %100

87:
	%88 = mul i32 %1, 8
	%89 = add i32 %88, 2
	%90 = mul i32 %2, %NQ
	%91 = add i32 %90, %89
	%92 = mul i32 %91, %NK
	%93 = mul i32 %89, 64
	%94 = sdiv i32 %93, 64
	%95 = add i32 %89, 1
	%96 = mul i32 %95, 64
	%97 = sub i32 %96, 1
	%98 = sdiv i32 %97, 64
	%99 = icmp slt i32 %89, %NQ
	br i1 %99, label %144, label %145

100:
	%101 = phi i32 [ %0, %86 ], [ %143, %142 ]
	%102 = phi i32 [ 0, %86 ], [ %102, %142 ]
	%103 = icmp slt i32 %101, %15
	br i1 %103, label %104, label %106

104:
	%105 = icmp slt i32 %101, %NK
	br i1 %105, label %107, label %123

106:
	br label %87

107:
	%108 = add i32 %34, %101
	%109 = sext i32 %108 to i64
	%110 = getelementptr float, float* %e, i64 %109
	%111 = load float, float* %110
	%112 = fcmp oge float %111, 0.0
	%113 = icmp sge i32 %101, %36
	%114 = icmp sle i32 %101, %40
	%115 = and i1 %113, %114
	%116 = or i1 false, %115
	%117 = icmp eq i32 %101, 0
	%118 = or i1 %116, %117
	%119 = bitcast float %111 to i32
	%120 = add i32 %119, 2
	%121 = select i1 %118, i32 1, i32 %120
	%122 = select i1 %112, i32 %121, i32 0
	br label %123

123:
	%124 = phi i32 [ 0, %104 ], [ %122, %107 ]
	%125 = icmp uge i32 %124, 2
	%126 = and i32 %124, %11
	%127 = icmp eq i32 %126, %7
	%128 = and i1 %125, %127
	%129 = lshr i32 %124, 0
	%130 = and i32 %129, 255
	%131 = select i1 %128, i32 %130, i32 256
	%132 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %131)
	%133 = shl i32 1, %3
	%134 = sub i32 %133, 1
	%135 = and i32 %132, %134
	%136 = icmp eq i32 %135, 0
	%137 = and i1 %128, %136
	br i1 %137, label %138, label %142

138:
	%139 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %130
	%140 = call i32 @llvm.ctpop.i32(i32 %132)
	%141 = atomicrmw add i32 addrspace(3)* %139, i32 %140 monotonic
	br label %142

142:
	%143 = add i32 %101, 256
	br label %100

144:
	br label %158

145:
	%146 = mul i32 %1, 8
	%147 = add i32 %146, 3
	%148 = mul i32 %2, %NQ
	%149 = add i32 %148, %147
	%150 = mul i32 %149, %NK
	%151 = mul i32 %147, 64
	%152 = sdiv i32 %151, 64
	%153 = add i32 %147, 1
	%154 = mul i32 %153, 64
	%155 = sub i32 %154, 1
	%156 = sdiv i32 %155, 64
	%157 = icmp slt i32 %147, %NQ
	br i1 %157, label %202, label %203

158:
	%159 = phi i32 [ %0, %144 ], [ %201, %200 ]
	%160 = phi i32 [ 0, %144 ], [ %160, %200 ]
	%161 = icmp slt i32 %159, %15
	br i1 %161, label %162, label %164

162:
	%163 = icmp slt i32 %159, %NK
	br i1 %163, label %165, label %181

164:
	br label %145

165:
	%166 = add i32 %92, %159
	%167 = sext i32 %166 to i64
	%168 = getelementptr float, float* %e, i64 %167
	%169 = load float, float* %168
	%170 = fcmp oge float %169, 0.0
	%171 = icmp sge i32 %159, %94
	%172 = icmp sle i32 %159, %98
	%173 = and i1 %171, %172
	%174 = or i1 false, %173
	%175 = icmp eq i32 %159, 0
	%176 = or i1 %174, %175
	%177 = bitcast float %169 to i32
	%178 = add i32 %177, 2
	%179 = select i1 %176, i32 1, i32 %178
	%180 = select i1 %170, i32 %179, i32 0
	br label %181

181:
	%182 = phi i32 [ 0, %162 ], [ %180, %165 ]
	%183 = icmp uge i32 %182, 2
	%184 = and i32 %182, %11
	%185 = icmp eq i32 %184, %7
	%186 = and i1 %183, %185
	%187 = lshr i32 %182, 0
	%188 = and i32 %187, 255
	%189 = select i1 %186, i32 %188, i32 256
	%190 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %189)
	%191 = shl i32 1, %3
	%192 = sub i32 %191, 1
	%193 = and i32 %190, %192
	%194 = icmp eq i32 %193, 0
	%195 = and i1 %186, %194
	br i1 %195, label %196, label %200

196:
	%197 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %188
	%198 = call i32 @llvm.ctpop.i32(i32 %190)
	%199 = atomicrmw add i32 addrspace(3)* %197, i32 %198 monotonic
	br label %200

200:
	%201 = add i32 %159, 256
	br label %158

202:
	br label %216

203:
	%204 = mul i32 %1, 8
	%205 = add i32 %204, 4
	%206 = mul i32 %2, %NQ
	%207 = add i32 %206, %205
	%208 = mul i32 %207, %NK
	%209 = mul i32 %205, 64
	%210 = sdiv i32 %209, 64
	%211 = add i32 %205, 1
	%212 = mul i32 %211, 64
	%213 = sub i32 %212, 1
	%214 = sdiv i32 %213, 64
	%215 = icmp slt i32 %205, %NQ
	br i1 %215, label %260, label %261

216:
	%217 = phi i32 [ %0, %202 ], [ %259, %258 ]
	%218 = phi i32 [ 0, %202 ], [ %218, %258 ]
	%219 = icmp slt i32 %217, %15
	br i1 %219, label %220, label %222

220:
	%221 = icmp slt i32 %217, %NK
	br i1 %221, label %223, label %239

222:
	br label %203

223:
	%224 = add i32 %150, %217
	%225 = sext i32 %224 to i64
	%226 = getelementptr float, float* %e, i64 %225
	%227 = load float, float* %226
	%228 = fcmp oge float %227, 0.0
	%229 = icmp sge i32 %217, %152
	%230 = icmp sle i32 %217, %156
	%231 = and i1 %229, %230
	%232 = or i1 false, %231
	%233 = icmp eq i32 %217, 0
	%234 = or i1 %232, %233
	%235 = bitcast float %227 to i32
	%236 = add i32 %235, 2
	%237 = select i1 %234, i32 1, i32 %236
	%238 = select i1 %228, i32 %237, i32 0
	br label %239

239:
	%240 = phi i32 [ 0, %220 ], [ %238, %223 ]
	%241 = icmp uge i32 %240, 2
	%242 = and i32 %240, %11
	%243 = icmp eq i32 %242, %7
	%244 = and i1 %241, %243
	%245 = lshr i32 %240, 0
	%246 = and i32 %245, 255
	%247 = select i1 %244, i32 %246, i32 256
	%248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %247)
	%249 = shl i32 1, %3
	%250 = sub i32 %249, 1
	%251 = and i32 %248, %250
	%252 = icmp eq i32 %251, 0
	%253 = and i1 %244, %252
	br i1 %253, label %254, label %258

254:
	%255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %246
	%256 = call i32 @llvm.ctpop.i32(i32 %248)
	%257 = atomicrmw add i32 addrspace(3)* %255, i32 %256 monotonic
	br label %258

258:
	%259 = add i32 %217, 256
	br label %216

260:
	br label %274

261:
	%262 = mul i32 %1, 8
	%263 = add i32 %262, 5
	%264 = mul i32 %2, %NQ
	%265 = add i32 %264, %263
	%266 = mul i32 %265, %NK
	%267 = mul i32 %263, 64
	%268 = sdiv i32 %267, 64
	%269 = add i32 %263, 1
	%270 = mul i32 %269, 64
	%271 = sub i32 %270, 1
	%272 = sdiv i32 %271, 64
	%273 = icmp slt i32 %263, %NQ
	br i1 %273, label %318, label %319

274:
	%275 = phi i32 [ %0, %260 ], [ %317, %316 ]
	%276 = phi i32 [ 0, %260 ], [ %276, %316 ]
	%277 = icmp slt i32 %275, %15
	br i1 %277, label %278, label %280

278:
	%279 = icmp slt i32 %275, %NK
	br i1 %279, label %281, label %297

280:
	br label %261

281:
	%282 = add i32 %208, %275
	%283 = sext i32 %282 to i64
	%284 = getelementptr float, float* %e, i64 %283
	%285 = load float, float* %284
	%286 = fcmp oge float %285, 0.0
	%287 = icmp sge i32 %275, %210
	%288 = icmp sle i32 %275, %214
	%289 = and i1 %287, %288
	%290 = or i1 false, %289
	%291 = icmp eq i32 %275, 0
	%292 = or i1 %290, %291
	%293 = bitcast float %285 to i32
	%294 = add i32 %293, 2
	%295 = select i1 %292, i32 1, i32 %294
	%296 = select i1 %286, i32 %295, i32 0
	br label %297

297:
	%298 = phi i32 [ 0, %278 ], [ %296, %281 ]
	%299 = icmp uge i32 %298, 2
	%300 = and i32 %298, %11
	%301 = icmp eq i32 %300, %7
	%302 = and i1 %299, %301
	%303 = lshr i32 %298, 0
	%304 = and i32 %303, 255
	%305 = select i1 %302, i32 %304, i32 256
	%306 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %305)
	%307 = shl i32 1, %3
	%308 = sub i32 %307, 1
	%309 = and i32 %306, %308
	%310 = icmp eq i32 %309, 0
	%311 = and i1 %302, %310
	br i1 %311, label %312, label %316

312:
	%313 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %304
	%314 = call i32 @llvm.ctpop.i32(i32 %306)
	%315 = atomicrmw add i32 addrspace(3)* %313, i32 %314 monotonic
	br label %316

316:
	%317 = add i32 %275, 256
	br label %274

318:
	br label %332

319:
	%320 = mul i32 %1, 8
	%321 = add i32 %320, 6
	%322 = mul i32 %2, %NQ
	%323 = add i32 %322, %321
	%324 = mul i32 %323, %NK
	%325 = mul i32 %321, 64
	%326 = sdiv i32 %325, 64
	%327 = add i32 %321, 1
	%328 = mul i32 %327, 64
	%329 = sub i32 %328, 1
	%330 = sdiv i32 %329, 64
	%331 = icmp slt i32 %321, %NQ
	br i1 %331, label %376, label %377

332:
	%333 = phi i32 [ %0, %318 ], [ %375, %374 ]
	%334 = phi i32 [ 0, %318 ], [ %334, %374 ]
	%335 = icmp slt i32 %333, %15
	br i1 %335, label %336, label %338

336:
	%337 = icmp slt i32 %333, %NK
	br i1 %337, label %339, label %355

338:
	br label %319

339:
	%340 = add i32 %266, %333
	%341 = sext i32 %340 to i64
	%342 = getelementptr float, float* %e, i64 %341
	%343 = load float, float* %342
	%344 = fcmp oge float %343, 0.0
	%345 = icmp sge i32 %333, %268
	%346 = icmp sle i32 %333, %272
	%347 = and i1 %345, %346
	%348 = or i1 false, %347
	%349 = icmp eq i32 %333, 0
	%350 = or i1 %348, %349
	%351 = bitcast float %343 to i32
	%352 = add i32 %351, 2
	%353 = select i1 %350, i32 1, i32 %352
	%354 = select i1 %344, i32 %353, i32 0
	br label %355

355:
	%356 = phi i32 [ 0, %336 ], [ %354, %339 ]
	%357 = icmp uge i32 %356, 2
	%358 = and i32 %356, %11
	%359 = icmp eq i32 %358, %7
	%360 = and i1 %357, %359
	%361 = lshr i32 %356, 0
	%362 = and i32 %361, 255
	%363 = select i1 %360, i32 %362, i32 256
	%364 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %363)
	%365 = shl i32 1, %3
	%366 = sub i32 %365, 1
	%367 = and i32 %364, %366
	%368 = icmp eq i32 %367, 0
	%369 = and i1 %360, %368
	br i1 %369, label %370, label %374

370:
	%371 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %362
	%372 = call i32 @llvm.ctpop.i32(i32 %364)
	%373 = atomicrmw add i32 addrspace(3)* %371, i32 %372 monotonic
	br label %374

374:
	%375 = add i32 %333, 256
	br label %332

376:
	br label %390

377:
	%378 = mul i32 %1, 8
	%379 = add i32 %378, 7
	%380 = mul i32 %2, %NQ
	%381 = add i32 %380, %379
	%382 = mul i32 %381, %NK
	%383 = mul i32 %379, 64
	%384 = sdiv i32 %383, 64
	%385 = add i32 %379, 1
	%386 = mul i32 %385, 64
	%387 = sub i32 %386, 1
	%388 = sdiv i32 %387, 64
	%389 = icmp slt i32 %379, %NQ
	br i1 %389, label %434, label %435

390:
	%391 = phi i32 [ %0, %376 ], [ %433, %432 ]
	%392 = phi i32 [ 0, %376 ], [ %392, %432 ]
	%393 = icmp slt i32 %391, %15
	br i1 %393, label %394, label %396

394:
	%395 = icmp slt i32 %391, %NK
	br i1 %395, label %397, label %413

396:
	br label %377

397:
	%398 = add i32 %324, %391
	%399 = sext i32 %398 to i64
	%400 = getelementptr float, float* %e, i64 %399
	%401 = load float, float* %400
	%402 = fcmp oge float %401, 0.0
	%403 = icmp sge i32 %391, %326
	%404 = icmp sle i32 %391, %330
	%405 = and i1 %403, %404
	%406 = or i1 false, %405
	%407 = icmp eq i32 %391, 0
	%408 = or i1 %406, %407
	%409 = bitcast float %401 to i32
	%410 = add i32 %409, 2
	%411 = select i1 %408, i32 1, i32 %410
	%412 = select i1 %402, i32 %411, i32 0
	br label %413

413:
	%414 = phi i32 [ 0, %394 ], [ %412, %397 ]
	%415 = icmp uge i32 %414, 2
	%416 = and i32 %414, %11
	%417 = icmp eq i32 %416, %7
	%418 = and i1 %415, %417
	%419 = lshr i32 %414, 0
	%420 = and i32 %419, 255
	%421 = select i1 %418, i32 %420, i32 256
	%422 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %421)
	%423 = shl i32 1, %3
	%424 = sub i32 %423, 1
	%425 = and i32 %422, %424
	%426 = icmp eq i32 %425, 0
	%427 = and i1 %418, %426
	br i1 %427, label %428, label %432

428:
	%429 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %420
	%430 = call i32 @llvm.ctpop.i32(i32 %422)
	%431 = atomicrmw add i32 addrspace(3)* %429, i32 %430 monotonic
	br label %432

432:
	%433 = add i32 %391, 256
	br label %390

434:
	br label %439

435:
	call void @llvm.nvvm.barrier0()
	%436 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %0
	%437 = load i32, i32 addrspace(3)* %436
	%438 = icmp ne i32 %437, 0
	br i1 %438, label %483, label %489

439:
	%440 = phi i32 [ %0, %434 ], [ %482, %481 ]
	%441 = phi i32 [ 0, %434 ], [ %441, %481 ]
	%442 = icmp slt i32 %440, %15
	br i1 %442, label %443, label %445

443:
	%444 = icmp slt i32 %440, %NK
	br i1 %444, label %446, label %462

445:
	br label %435

446:
	%447 = add i32 %382, %440
	%448 = sext i32 %447 to i64
	%449 = getelementptr float, float* %e, i64 %448
	%450 = load float, float* %449
	%451 = fcmp oge float %450, 0.0
	%452 = icmp sge i32 %440, %384
	%453 = icmp sle i32 %440, %388
	%454 = and i1 %452, %453
	%455 = or i1 false, %454
	%456 = icmp eq i32 %440, 0
	%457 = or i1 %455, %456
	%458 = bitcast float %450 to i32
	%459 = add i32 %458, 2
	%460 = select i1 %457, i32 1, i32 %459
	%461 = select i1 %451, i32 %460, i32 0
	br label %462

462:
	%463 = phi i32 [ 0, %443 ], [ %461, %446 ]
	%464 = icmp uge i32 %463, 2
	%465 = and i32 %463, %11
	%466 = icmp eq i32 %465, %7
	%467 = and i1 %464, %466
	%468 = lshr i32 %463, 0
	%469 = and i32 %468, 255
	%470 = select i1 %467, i32 %469, i32 256
	%471 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %470)
	%472 = shl i32 1, %3
	%473 = sub i32 %472, 1
	%474 = and i32 %471, %473
	%475 = icmp eq i32 %474, 0
	%476 = and i1 %467, %475
	br i1 %476, label %477, label %481

477:
	%478 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %469
	%479 = call i32 @llvm.ctpop.i32(i32 %471)
	%480 = atomicrmw add i32 addrspace(3)* %478, i32 %479 monotonic
	br label %481

481:
	%482 = add i32 %440, 256
	br label %439

483:
	%484 = mul i32 0, 256
	%485 = add i32 %484, %0
	%486 = sext i32 %485 to i64
	%487 = getelementptr i32, i32* %hist, i64 %486
	%488 = atomicrmw add i32* %487, i32 %437 monotonic
	br label %489

489:
	ret void
}

define ptx_kernel void @best_select1_pick0(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 0
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, 255
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_ties(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %NK, 255
	%13 = sdiv i32 %12, 256
	%14 = mul i32 %13, 256
	%15 = mul i32 %1, 8
	%16 = add i32 %15, 0
	%17 = mul i32 %2, %NQ
	%18 = add i32 %17, %16
	%19 = mul i32 %18, %NK
	%20 = mul i32 %16, 64
	%21 = sdiv i32 %20, 64
	%22 = add i32 %16, 1
	%23 = mul i32 %22, 64
	%24 = sub i32 %23, 1
	%25 = sdiv i32 %24, 64
	%26 = icmp slt i32 %16, %NQ
	br i1 %26, label %27, label %28

27:
	br label %41

28:
	%29 = mul i32 %1, 8
	%30 = add i32 %29, 1
	%31 = mul i32 %2, %NQ
	%32 = add i32 %31, %30
	%33 = mul i32 %32, %NK
	%34 = mul i32 %30, 64
	%35 = sdiv i32 %34, 64
	%36 = add i32 %30, 1
	%37 = mul i32 %36, 64
	%38 = sub i32 %37, 1
	%39 = sdiv i32 %38, 64
	%40 = icmp slt i32 %30, %NQ
	br i1 %40, label %151, label %152

41:
	%42 = phi i32 [ %0, %27 ], [ %92, %87 ]
	%43 = phi i32 [ 0, %27 ], [ %91, %87 ]
	%44 = icmp slt i32 %42, %14
	br i1 %44, label %45, label %47

45:
	%46 = icmp slt i32 %42, %NK
	br i1 %46, label %71, label %87

47:
	%48 = and i32 %0, 31
	%49 = lshr i32 %0, 5
	%50 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %43, i32 1, i32 0)
	%51 = icmp uge i32 %48, 1
	%52 = select i1 %51, i32 %50, i32 0
	%53 = add i32 %43, %52
	%54 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %53, i32 2, i32 0)
	%55 = icmp uge i32 %48, 2
	%56 = select i1 %55, i32 %54, i32 0
	%57 = add i32 %53, %56
	%58 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %57, i32 4, i32 0)
	%59 = icmp uge i32 %48, 4
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 %57, %60
	%62 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %61, i32 8, i32 0)
	%63 = icmp uge i32 %48, 8
	%64 = select i1 %63, i32 %62, i32 0
	%65 = add i32 %61, %64
	%66 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %65, i32 16, i32 0)
	%67 = icmp uge i32 %48, 16
	%68 = select i1 %67, i32 %66, i32 0
	%69 = add i32 %65, %68
	%70 = icmp eq i32 %48, 31
	br i1 %70, label %93, label %95

71:
	%72 = add i32 %19, %42
	%73 = sext i32 %72 to i64
	%74 = getelementptr float, float* %e, i64 %73
	%75 = load float, float* %74
	%76 = fcmp oge float %75, 0.0
	%77 = icmp sge i32 %42, %21
	%78 = icmp sle i32 %42, %25
	%79 = and i1 %77, %78
	%80 = or i1 false, %79
	%81 = icmp eq i32 %42, 0
	%82 = or i1 %80, %81
	%83 = bitcast float %75 to i32
	%84 = add i32 %83, 2
	%85 = select i1 %82, i32 1, i32 %84
	%86 = select i1 %76, i32 %85, i32 0
	br label %87

87:
	%88 = phi i32 [ 0, %45 ], [ %86, %71 ]
	%89 = icmp eq i32 %88, %7
	%90 = zext i1 %89 to i32
	%91 = add i32 %43, %90
	%92 = add i32 %42, 256
	br label %41

93:
	%94 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %49
	store i32 %69, i32 addrspace(3)* %94
	br label %95

95:
	call void @llvm.nvvm.barrier0()
	%96 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%97 = load i32, i32 addrspace(3)* %96
	%98 = icmp sgt i32 %49, 0
	%99 = select i1 %98, i32 %97, i32 0
	%100 = add i32 0, %99
	%101 = add i32 0, %97
	%102 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%103 = load i32, i32 addrspace(3)* %102
	%104 = icmp sgt i32 %49, 1
	%105 = select i1 %104, i32 %103, i32 0
	%106 = add i32 %100, %105
	%107 = add i32 %101, %103
	%108 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%109 = load i32, i32 addrspace(3)* %108
	%110 = icmp sgt i32 %49, 2
	%111 = select i1 %110, i32 %109, i32 0
	%112 = add i32 %106, %111
	%113 = add i32 %107, %109
	%114 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%115 = load i32, i32 addrspace(3)* %114
	%116 = icmp sgt i32 %49, 3
	%117 = select i1 %116, i32 %115, i32 0
	%118 = add i32 %112, %117
	%119 = add i32 %113, %115
	%120 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%121 = load i32, i32 addrspace(3)* %120
	%122 = icmp sgt i32 %49, 4
	%123 = select i1 %122, i32 %121, i32 0
	%124 = add i32 %118, %123
	%125 = add i32 %119, %121
	%126 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%127 = load i32, i32 addrspace(3)* %126
	%128 = icmp sgt i32 %49, 5
	%129 = select i1 %128, i32 %127, i32 0
	%130 = add i32 %124, %129
	%131 = add i32 %125, %127
	%132 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%133 = load i32, i32 addrspace(3)* %132
	%134 = icmp sgt i32 %49, 6
	%135 = select i1 %134, i32 %133, i32 0
	%136 = add i32 %130, %135
	%137 = add i32 %131, %133
	%138 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%139 = load i32, i32 addrspace(3)* %138
	%140 = icmp sgt i32 %49, 7
	%141 = select i1 %140, i32 %139, i32 0
	%142 = add i32 %136, %141
	%143 = add i32 %137, %139
	%144 = add i32 %142, %69
	%145 = sub i32 %144, %43
	%146 = icmp eq i32 %0, 0
	br i1 %146, label %147, label %150

147:
	%148 = sext i32 %18 to i64
	%149 = getelementptr i32, i32* %ties, i64 %148
	store i32 %143, i32* %149
	br label %150

150:
	br label %28

151:
	br label %165

152:
	%153 = mul i32 %1, 8
	%154 = add i32 %153, 2
	%155 = mul i32 %2, %NQ
	%156 = add i32 %155, %154
	%157 = mul i32 %156, %NK
	%158 = mul i32 %154, 64
	%159 = sdiv i32 %158, 64
	%160 = add i32 %154, 1
	%161 = mul i32 %160, 64
	%162 = sub i32 %161, 1
	%163 = sdiv i32 %162, 64
	%164 = icmp slt i32 %154, %NQ
	br i1 %164, label %275, label %276

165:
	%166 = phi i32 [ %0, %151 ], [ %216, %211 ]
	%167 = phi i32 [ 0, %151 ], [ %215, %211 ]
	%168 = icmp slt i32 %166, %14
	br i1 %168, label %169, label %171

169:
	%170 = icmp slt i32 %166, %NK
	br i1 %170, label %195, label %211

171:
	%172 = and i32 %0, 31
	%173 = lshr i32 %0, 5
	%174 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %167, i32 1, i32 0)
	%175 = icmp uge i32 %172, 1
	%176 = select i1 %175, i32 %174, i32 0
	%177 = add i32 %167, %176
	%178 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %177, i32 2, i32 0)
	%179 = icmp uge i32 %172, 2
	%180 = select i1 %179, i32 %178, i32 0
	%181 = add i32 %177, %180
	%182 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %181, i32 4, i32 0)
	%183 = icmp uge i32 %172, 4
	%184 = select i1 %183, i32 %182, i32 0
	%185 = add i32 %181, %184
	%186 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %185, i32 8, i32 0)
	%187 = icmp uge i32 %172, 8
	%188 = select i1 %187, i32 %186, i32 0
	%189 = add i32 %185, %188
	%190 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %189, i32 16, i32 0)
	%191 = icmp uge i32 %172, 16
	%192 = select i1 %191, i32 %190, i32 0
	%193 = add i32 %189, %192
	%194 = icmp eq i32 %172, 31
	br i1 %194, label %217, label %219

195:
	%196 = add i32 %33, %166
	%197 = sext i32 %196 to i64
	%198 = getelementptr float, float* %e, i64 %197
	%199 = load float, float* %198
	%200 = fcmp oge float %199, 0.0
	%201 = icmp sge i32 %166, %35
	%202 = icmp sle i32 %166, %39
	%203 = and i1 %201, %202
	%204 = or i1 false, %203
	%205 = icmp eq i32 %166, 0
	%206 = or i1 %204, %205
	%207 = bitcast float %199 to i32
	%208 = add i32 %207, 2
	%209 = select i1 %206, i32 1, i32 %208
	%210 = select i1 %200, i32 %209, i32 0
	br label %211

211:
	%212 = phi i32 [ 0, %169 ], [ %210, %195 ]
	%213 = icmp eq i32 %212, %7
	%214 = zext i1 %213 to i32
	%215 = add i32 %167, %214
	%216 = add i32 %166, 256
	br label %165

217:
	%218 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %173
	store i32 %193, i32 addrspace(3)* %218
	br label %219

219:
	call void @llvm.nvvm.barrier0()
	%220 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%221 = load i32, i32 addrspace(3)* %220
	%222 = icmp sgt i32 %173, 0
	%223 = select i1 %222, i32 %221, i32 0
	%224 = add i32 0, %223
	%225 = add i32 0, %221
	%226 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%227 = load i32, i32 addrspace(3)* %226
	%228 = icmp sgt i32 %173, 1
	%229 = select i1 %228, i32 %227, i32 0
	%230 = add i32 %224, %229
	%231 = add i32 %225, %227
	%232 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%233 = load i32, i32 addrspace(3)* %232
	%234 = icmp sgt i32 %173, 2
	%235 = select i1 %234, i32 %233, i32 0
	%236 = add i32 %230, %235
	%237 = add i32 %231, %233
	%238 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%239 = load i32, i32 addrspace(3)* %238
	%240 = icmp sgt i32 %173, 3
	%241 = select i1 %240, i32 %239, i32 0
	%242 = add i32 %236, %241
	%243 = add i32 %237, %239
	%244 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%245 = load i32, i32 addrspace(3)* %244
	%246 = icmp sgt i32 %173, 4
	%247 = select i1 %246, i32 %245, i32 0
	%248 = add i32 %242, %247
	%249 = add i32 %243, %245
	%250 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%251 = load i32, i32 addrspace(3)* %250
	%252 = icmp sgt i32 %173, 5
	%253 = select i1 %252, i32 %251, i32 0
	%254 = add i32 %248, %253
	%255 = add i32 %249, %251
	%256 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%257 = load i32, i32 addrspace(3)* %256
	%258 = icmp sgt i32 %173, 6
	%259 = select i1 %258, i32 %257, i32 0
	%260 = add i32 %254, %259
	%261 = add i32 %255, %257
	%262 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%263 = load i32, i32 addrspace(3)* %262
	%264 = icmp sgt i32 %173, 7
	%265 = select i1 %264, i32 %263, i32 0
	%266 = add i32 %260, %265
	%267 = add i32 %261, %263
	%268 = add i32 %266, %193
	%269 = sub i32 %268, %167
	%270 = icmp eq i32 %0, 0
	br i1 %270, label %271, label %274

271:
	%272 = sext i32 %32 to i64
	%273 = getelementptr i32, i32* %ties, i64 %272
	store i32 %267, i32* %273
	br label %274

274:
	br label %152

275:
	br label %289

276:
	%277 = mul i32 %1, 8
	%278 = add i32 %277, 3
	%279 = mul i32 %2, %NQ
	%280 = add i32 %279, %278
	%281 = mul i32 %280, %NK
	%282 = mul i32 %278, 64
	%283 = sdiv i32 %282, 64
	%284 = add i32 %278, 1
	%285 = mul i32 %284, 64
	%286 = sub i32 %285, 1
	%287 = sdiv i32 %286, 64
	%288 = icmp slt i32 %278, %NQ
	br i1 %288, label %399, label %400

289:
	%290 = phi i32 [ %0, %275 ], [ %340, %335 ]
	%291 = phi i32 [ 0, %275 ], [ %339, %335 ]
	%292 = icmp slt i32 %290, %14
	br i1 %292, label %293, label %295

293:
	%294 = icmp slt i32 %290, %NK
	br i1 %294, label %319, label %335

295:
	%296 = and i32 %0, 31
	%297 = lshr i32 %0, 5
	%298 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %291, i32 1, i32 0)
	%299 = icmp uge i32 %296, 1
	%300 = select i1 %299, i32 %298, i32 0
	%301 = add i32 %291, %300
	%302 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %301, i32 2, i32 0)
	%303 = icmp uge i32 %296, 2
	%304 = select i1 %303, i32 %302, i32 0
	%305 = add i32 %301, %304
	%306 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %305, i32 4, i32 0)
	%307 = icmp uge i32 %296, 4
	%308 = select i1 %307, i32 %306, i32 0
	%309 = add i32 %305, %308
	%310 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %309, i32 8, i32 0)
	%311 = icmp uge i32 %296, 8
	%312 = select i1 %311, i32 %310, i32 0
	%313 = add i32 %309, %312
	%314 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %313, i32 16, i32 0)
	%315 = icmp uge i32 %296, 16
	%316 = select i1 %315, i32 %314, i32 0
	%317 = add i32 %313, %316
	%318 = icmp eq i32 %296, 31
	br i1 %318, label %341, label %343

319:
	%320 = add i32 %157, %290
	%321 = sext i32 %320 to i64
	%322 = getelementptr float, float* %e, i64 %321
	%323 = load float, float* %322
	%324 = fcmp oge float %323, 0.0
	%325 = icmp sge i32 %290, %159
	%326 = icmp sle i32 %290, %163
	%327 = and i1 %325, %326
	%328 = or i1 false, %327
	%329 = icmp eq i32 %290, 0
	%330 = or i1 %328, %329
	%331 = bitcast float %323 to i32
	%332 = add i32 %331, 2
	%333 = select i1 %330, i32 1, i32 %332
	%334 = select i1 %324, i32 %333, i32 0
	br label %335

335:
	%336 = phi i32 [ 0, %293 ], [ %334, %319 ]
	%337 = icmp eq i32 %336, %7
	%338 = zext i1 %337 to i32
	%339 = add i32 %291, %338
	%340 = add i32 %290, 256
	br label %289

341:
	%342 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %297
	store i32 %317, i32 addrspace(3)* %342
	br label %343

343:
	call void @llvm.nvvm.barrier0()
	%344 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%345 = load i32, i32 addrspace(3)* %344
	%346 = icmp sgt i32 %297, 0
	%347 = select i1 %346, i32 %345, i32 0
	%348 = add i32 0, %347
	%349 = add i32 0, %345
	%350 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%351 = load i32, i32 addrspace(3)* %350
	%352 = icmp sgt i32 %297, 1
	%353 = select i1 %352, i32 %351, i32 0
	%354 = add i32 %348, %353
	%355 = add i32 %349, %351
	%356 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%357 = load i32, i32 addrspace(3)* %356
	%358 = icmp sgt i32 %297, 2
	%359 = select i1 %358, i32 %357, i32 0
	%360 = add i32 %354, %359
	%361 = add i32 %355, %357
	%362 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%363 = load i32, i32 addrspace(3)* %362
	%364 = icmp sgt i32 %297, 3
	%365 = select i1 %364, i32 %363, i32 0
	%366 = add i32 %360, %365
	%367 = add i32 %361, %363
	%368 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%369 = load i32, i32 addrspace(3)* %368
	%370 = icmp sgt i32 %297, 4
	%371 = select i1 %370, i32 %369, i32 0
	%372 = add i32 %366, %371
	%373 = add i32 %367, %369
	%374 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%375 = load i32, i32 addrspace(3)* %374
	%376 = icmp sgt i32 %297, 5
	%377 = select i1 %376, i32 %375, i32 0
	%378 = add i32 %372, %377
	%379 = add i32 %373, %375
	%380 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%381 = load i32, i32 addrspace(3)* %380
	%382 = icmp sgt i32 %297, 6
	%383 = select i1 %382, i32 %381, i32 0
	%384 = add i32 %378, %383
	%385 = add i32 %379, %381
	%386 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%387 = load i32, i32 addrspace(3)* %386
	%388 = icmp sgt i32 %297, 7
	%389 = select i1 %388, i32 %387, i32 0
	%390 = add i32 %384, %389
	%391 = add i32 %385, %387
	%392 = add i32 %390, %317
	%393 = sub i32 %392, %291
	%394 = icmp eq i32 %0, 0
	br i1 %394, label %395, label %398

395:
	%396 = sext i32 %156 to i64
	%397 = getelementptr i32, i32* %ties, i64 %396
	store i32 %391, i32* %397
	br label %398

398:
	br label %276

399:
	br label %413

400:
	%401 = mul i32 %1, 8
	%402 = add i32 %401, 4
	%403 = mul i32 %2, %NQ
	%404 = add i32 %403, %402
	%405 = mul i32 %404, %NK
	%406 = mul i32 %402, 64
	%407 = sdiv i32 %406, 64
	%408 = add i32 %402, 1
	%409 = mul i32 %408, 64
	%410 = sub i32 %409, 1
	%411 = sdiv i32 %410, 64
	%412 = icmp slt i32 %402, %NQ
	br i1 %412, label %523, label %524

413:
	%414 = phi i32 [ %0, %399 ], [ %464, %459 ]
	%415 = phi i32 [ 0, %399 ], [ %463, %459 ]
	%416 = icmp slt i32 %414, %14
	br i1 %416, label %417, label %419

417:
	%418 = icmp slt i32 %414, %NK
	br i1 %418, label %443, label %459

419:
	%420 = and i32 %0, 31
	%421 = lshr i32 %0, 5
	%422 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %415, i32 1, i32 0)
	%423 = icmp uge i32 %420, 1
	%424 = select i1 %423, i32 %422, i32 0
	%425 = add i32 %415, %424
	%426 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %425, i32 2, i32 0)
	%427 = icmp uge i32 %420, 2
	%428 = select i1 %427, i32 %426, i32 0
	%429 = add i32 %425, %428
	%430 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %429, i32 4, i32 0)
	%431 = icmp uge i32 %420, 4
	%432 = select i1 %431, i32 %430, i32 0
	%433 = add i32 %429, %432
	%434 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %433, i32 8, i32 0)
	%435 = icmp uge i32 %420, 8
	%436 = select i1 %435, i32 %434, i32 0
	%437 = add i32 %433, %436
	%438 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %437, i32 16, i32 0)
	%439 = icmp uge i32 %420, 16
	%440 = select i1 %439, i32 %438, i32 0
	%441 = add i32 %437, %440
	%442 = icmp eq i32 %420, 31
	br i1 %442, label %465, label %467

443:
	%444 = add i32 %281, %414
	%445 = sext i32 %444 to i64
	%446 = getelementptr float, float* %e, i64 %445
	%447 = load float, float* %446
	%448 = fcmp oge float %447, 0.0
	%449 = icmp sge i32 %414, %283
	%450 = icmp sle i32 %414, %287
	%451 = and i1 %449, %450
	%452 = or i1 false, %451
	%453 = icmp eq i32 %414, 0
	%454 = or i1 %452, %453
	%455 = bitcast float %447 to i32
	%456 = add i32 %455, 2
	%457 = select i1 %454, i32 1, i32 %456
	%458 = select i1 %448, i32 %457, i32 0
	br label %459

459:
	%460 = phi i32 [ 0, %417 ], [ %458, %443 ]
	%461 = icmp eq i32 %460, %7
	%462 = zext i1 %461 to i32
	%463 = add i32 %415, %462
	%464 = add i32 %414, 256
	br label %413

465:
	%466 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %421
	store i32 %441, i32 addrspace(3)* %466
	br label %467

467:
	call void @llvm.nvvm.barrier0()
	%468 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%469 = load i32, i32 addrspace(3)* %468
	%470 = icmp sgt i32 %421, 0
	%471 = select i1 %470, i32 %469, i32 0
	%472 = add i32 0, %471
	%473 = add i32 0, %469
	%474 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%475 = load i32, i32 addrspace(3)* %474
	%476 = icmp sgt i32 %421, 1
	%477 = select i1 %476, i32 %475, i32 0
	%478 = add i32 %472, %477
	%479 = add i32 %473, %475
	%480 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%481 = load i32, i32 addrspace(3)* %480
	%482 = icmp sgt i32 %421, 2
	%483 = select i1 %482, i32 %481, i32 0
	%484 = add i32 %478, %483
	%485 = add i32 %479, %481
	%486 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%487 = load i32, i32 addrspace(3)* %486
	%488 = icmp sgt i32 %421, 3
	%489 = select i1 %488, i32 %487, i32 0
	%490 = add i32 %484, %489
	%491 = add i32 %485, %487
	%492 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%493 = load i32, i32 addrspace(3)* %492
	%494 = icmp sgt i32 %421, 4
	%495 = select i1 %494, i32 %493, i32 0
	%496 = add i32 %490, %495
	%497 = add i32 %491, %493
	%498 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%499 = load i32, i32 addrspace(3)* %498
	%500 = icmp sgt i32 %421, 5
	%501 = select i1 %500, i32 %499, i32 0
	%502 = add i32 %496, %501
	%503 = add i32 %497, %499
	%504 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%505 = load i32, i32 addrspace(3)* %504
	%506 = icmp sgt i32 %421, 6
	%507 = select i1 %506, i32 %505, i32 0
	%508 = add i32 %502, %507
	%509 = add i32 %503, %505
	%510 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%511 = load i32, i32 addrspace(3)* %510
	%512 = icmp sgt i32 %421, 7
	%513 = select i1 %512, i32 %511, i32 0
	%514 = add i32 %508, %513
	%515 = add i32 %509, %511
	%516 = add i32 %514, %441
	%517 = sub i32 %516, %415
	%518 = icmp eq i32 %0, 0
	br i1 %518, label %519, label %522

519:
	%520 = sext i32 %280 to i64
	%521 = getelementptr i32, i32* %ties, i64 %520
	store i32 %515, i32* %521
	br label %522

522:
	br label %400

523:
	br label %537

524:
	%525 = mul i32 %1, 8
	%526 = add i32 %525, 5
	%527 = mul i32 %2, %NQ
	%528 = add i32 %527, %526
	%529 = mul i32 %528, %NK
	%530 = mul i32 %526, 64
	%531 = sdiv i32 %530, 64
	%532 = add i32 %526, 1
	%533 = mul i32 %532, 64
	%534 = sub i32 %533, 1
	%535 = sdiv i32 %534, 64
	%536 = icmp slt i32 %526, %NQ
	br i1 %536, label %647, label %648

537:
	%538 = phi i32 [ %0, %523 ], [ %588, %583 ]
	%539 = phi i32 [ 0, %523 ], [ %587, %583 ]
	%540 = icmp slt i32 %538, %14
	br i1 %540, label %541, label %543

541:
	%542 = icmp slt i32 %538, %NK
	br i1 %542, label %567, label %583

543:
	%544 = and i32 %0, 31
	%545 = lshr i32 %0, 5
	%546 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %539, i32 1, i32 0)
	%547 = icmp uge i32 %544, 1
	%548 = select i1 %547, i32 %546, i32 0
	%549 = add i32 %539, %548
	%550 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %549, i32 2, i32 0)
	%551 = icmp uge i32 %544, 2
	%552 = select i1 %551, i32 %550, i32 0
	%553 = add i32 %549, %552
	%554 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %553, i32 4, i32 0)
	%555 = icmp uge i32 %544, 4
	%556 = select i1 %555, i32 %554, i32 0
	%557 = add i32 %553, %556
	%558 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %557, i32 8, i32 0)
	%559 = icmp uge i32 %544, 8
	%560 = select i1 %559, i32 %558, i32 0
	%561 = add i32 %557, %560
	%562 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %561, i32 16, i32 0)
	%563 = icmp uge i32 %544, 16
	%564 = select i1 %563, i32 %562, i32 0
	%565 = add i32 %561, %564
	%566 = icmp eq i32 %544, 31
	br i1 %566, label %589, label %591

567:
	%568 = add i32 %405, %538
	%569 = sext i32 %568 to i64
	%570 = getelementptr float, float* %e, i64 %569
	%571 = load float, float* %570
	%572 = fcmp oge float %571, 0.0
	%573 = icmp sge i32 %538, %407
	%574 = icmp sle i32 %538, %411
	%575 = and i1 %573, %574
	%576 = or i1 false, %575
	%577 = icmp eq i32 %538, 0
	%578 = or i1 %576, %577
	%579 = bitcast float %571 to i32
	%580 = add i32 %579, 2
	%581 = select i1 %578, i32 1, i32 %580
	%582 = select i1 %572, i32 %581, i32 0
	br label %583

583:
	%584 = phi i32 [ 0, %541 ], [ %582, %567 ]
	%585 = icmp eq i32 %584, %7
	%586 = zext i1 %585 to i32
	%587 = add i32 %539, %586
	%588 = add i32 %538, 256
	br label %537

589:
	%590 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %545
	store i32 %565, i32 addrspace(3)* %590
	br label %591

591:
	call void @llvm.nvvm.barrier0()
	%592 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%593 = load i32, i32 addrspace(3)* %592
	%594 = icmp sgt i32 %545, 0
	%595 = select i1 %594, i32 %593, i32 0
	%596 = add i32 0, %595
	%597 = add i32 0, %593
	%598 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%599 = load i32, i32 addrspace(3)* %598
	%600 = icmp sgt i32 %545, 1
	%601 = select i1 %600, i32 %599, i32 0
	%602 = add i32 %596, %601
	%603 = add i32 %597, %599
	%604 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%605 = load i32, i32 addrspace(3)* %604
	%606 = icmp sgt i32 %545, 2
	%607 = select i1 %606, i32 %605, i32 0
	%608 = add i32 %602, %607
	%609 = add i32 %603, %605
	%610 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%611 = load i32, i32 addrspace(3)* %610
	%612 = icmp sgt i32 %545, 3
	%613 = select i1 %612, i32 %611, i32 0
	%614 = add i32 %608, %613
	%615 = add i32 %609, %611
	%616 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%617 = load i32, i32 addrspace(3)* %616
	%618 = icmp sgt i32 %545, 4
	%619 = select i1 %618, i32 %617, i32 0
	%620 = add i32 %614, %619
	%621 = add i32 %615, %617
	%622 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%623 = load i32, i32 addrspace(3)* %622
	%624 = icmp sgt i32 %545, 5
	%625 = select i1 %624, i32 %623, i32 0
	%626 = add i32 %620, %625
	%627 = add i32 %621, %623
	%628 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%629 = load i32, i32 addrspace(3)* %628
	%630 = icmp sgt i32 %545, 6
	%631 = select i1 %630, i32 %629, i32 0
	%632 = add i32 %626, %631
	%633 = add i32 %627, %629
	%634 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%635 = load i32, i32 addrspace(3)* %634
	%636 = icmp sgt i32 %545, 7
	%637 = select i1 %636, i32 %635, i32 0
	%638 = add i32 %632, %637
	%639 = add i32 %633, %635
	%640 = add i32 %638, %565
	%641 = sub i32 %640, %539
	%642 = icmp eq i32 %0, 0
	br i1 %642, label %643, label %646

643:
	%644 = sext i32 %404 to i64
	%645 = getelementptr i32, i32* %ties, i64 %644
	store i32 %639, i32* %645
	br label %646

646:
	br label %524

647:
	br label %661

648:
	%649 = mul i32 %1, 8
	%650 = add i32 %649, 6
	%651 = mul i32 %2, %NQ
	%652 = add i32 %651, %650
	%653 = mul i32 %652, %NK
	%654 = mul i32 %650, 64
	%655 = sdiv i32 %654, 64
	%656 = add i32 %650, 1
	%657 = mul i32 %656, 64
	%658 = sub i32 %657, 1
	%659 = sdiv i32 %658, 64
	%660 = icmp slt i32 %650, %NQ
	br i1 %660, label %771, label %772

661:
	%662 = phi i32 [ %0, %647 ], [ %712, %707 ]
	%663 = phi i32 [ 0, %647 ], [ %711, %707 ]
	%664 = icmp slt i32 %662, %14
	br i1 %664, label %665, label %667

665:
	%666 = icmp slt i32 %662, %NK
	br i1 %666, label %691, label %707

667:
	%668 = and i32 %0, 31
	%669 = lshr i32 %0, 5
	%670 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %663, i32 1, i32 0)
	%671 = icmp uge i32 %668, 1
	%672 = select i1 %671, i32 %670, i32 0
	%673 = add i32 %663, %672
	%674 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %673, i32 2, i32 0)
	%675 = icmp uge i32 %668, 2
	%676 = select i1 %675, i32 %674, i32 0
	%677 = add i32 %673, %676
	%678 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %677, i32 4, i32 0)
	%679 = icmp uge i32 %668, 4
	%680 = select i1 %679, i32 %678, i32 0
	%681 = add i32 %677, %680
	%682 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %681, i32 8, i32 0)
	%683 = icmp uge i32 %668, 8
	%684 = select i1 %683, i32 %682, i32 0
	%685 = add i32 %681, %684
	%686 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %685, i32 16, i32 0)
	%687 = icmp uge i32 %668, 16
	%688 = select i1 %687, i32 %686, i32 0
	%689 = add i32 %685, %688
	%690 = icmp eq i32 %668, 31
	br i1 %690, label %713, label %715

691:
	%692 = add i32 %529, %662
	%693 = sext i32 %692 to i64
	%694 = getelementptr float, float* %e, i64 %693
	%695 = load float, float* %694
	%696 = fcmp oge float %695, 0.0
	%697 = icmp sge i32 %662, %531
	%698 = icmp sle i32 %662, %535
	%699 = and i1 %697, %698
	%700 = or i1 false, %699
	%701 = icmp eq i32 %662, 0
	%702 = or i1 %700, %701
	%703 = bitcast float %695 to i32
	%704 = add i32 %703, 2
	%705 = select i1 %702, i32 1, i32 %704
	%706 = select i1 %696, i32 %705, i32 0
	br label %707

707:
	%708 = phi i32 [ 0, %665 ], [ %706, %691 ]
	%709 = icmp eq i32 %708, %7
	%710 = zext i1 %709 to i32
	%711 = add i32 %663, %710
	%712 = add i32 %662, 256
	br label %661

713:
	%714 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %669
	store i32 %689, i32 addrspace(3)* %714
	br label %715

715:
	call void @llvm.nvvm.barrier0()
	%716 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%717 = load i32, i32 addrspace(3)* %716
	%718 = icmp sgt i32 %669, 0
	%719 = select i1 %718, i32 %717, i32 0
	%720 = add i32 0, %719
	%721 = add i32 0, %717
	%722 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%723 = load i32, i32 addrspace(3)* %722
	%724 = icmp sgt i32 %669, 1
	%725 = select i1 %724, i32 %723, i32 0
	%726 = add i32 %720, %725
	%727 = add i32 %721, %723
	%728 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%729 = load i32, i32 addrspace(3)* %728
	%730 = icmp sgt i32 %669, 2
	%731 = select i1 %730, i32 %729, i32 0
	%732 = add i32 %726, %731
	%733 = add i32 %727, %729
	%734 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%735 = load i32, i32 addrspace(3)* %734
	%736 = icmp sgt i32 %669, 3
	%737 = select i1 %736, i32 %735, i32 0
	%738 = add i32 %732, %737
	%739 = add i32 %733, %735
	%740 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%741 = load i32, i32 addrspace(3)* %740
	%742 = icmp sgt i32 %669, 4
	%743 = select i1 %742, i32 %741, i32 0
	%744 = add i32 %738, %743
	%745 = add i32 %739, %741
	%746 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%747 = load i32, i32 addrspace(3)* %746
	%748 = icmp sgt i32 %669, 5
	%749 = select i1 %748, i32 %747, i32 0
	%750 = add i32 %744, %749
	%751 = add i32 %745, %747
	%752 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%753 = load i32, i32 addrspace(3)* %752
	%754 = icmp sgt i32 %669, 6
	%755 = select i1 %754, i32 %753, i32 0
	%756 = add i32 %750, %755
	%757 = add i32 %751, %753
	%758 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%759 = load i32, i32 addrspace(3)* %758
	%760 = icmp sgt i32 %669, 7
	%761 = select i1 %760, i32 %759, i32 0
	%762 = add i32 %756, %761
	%763 = add i32 %757, %759
	%764 = add i32 %762, %689
	%765 = sub i32 %764, %663
	%766 = icmp eq i32 %0, 0
	br i1 %766, label %767, label %770

767:
	%768 = sext i32 %528 to i64
	%769 = getelementptr i32, i32* %ties, i64 %768
	store i32 %763, i32* %769
	br label %770

770:
	br label %648

771:
	br label %785

772:
	%773 = mul i32 %1, 8
	%774 = add i32 %773, 7
	%775 = mul i32 %2, %NQ
	%776 = add i32 %775, %774
	%777 = mul i32 %776, %NK
	%778 = mul i32 %774, 64
	%779 = sdiv i32 %778, 64
	%780 = add i32 %774, 1
	%781 = mul i32 %780, 64
	%782 = sub i32 %781, 1
	%783 = sdiv i32 %782, 64
	%784 = icmp slt i32 %774, %NQ
	br i1 %784, label %895, label %896

785:
	%786 = phi i32 [ %0, %771 ], [ %836, %831 ]
	%787 = phi i32 [ 0, %771 ], [ %835, %831 ]
	%788 = icmp slt i32 %786, %14
	br i1 %788, label %789, label %791

789:
	%790 = icmp slt i32 %786, %NK
	br i1 %790, label %815, label %831

791:
	%792 = and i32 %0, 31
	%793 = lshr i32 %0, 5
	%794 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %787, i32 1, i32 0)
	%795 = icmp uge i32 %792, 1
	%796 = select i1 %795, i32 %794, i32 0
	%797 = add i32 %787, %796
	%798 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %797, i32 2, i32 0)
	%799 = icmp uge i32 %792, 2
	%800 = select i1 %799, i32 %798, i32 0
	%801 = add i32 %797, %800
	%802 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %801, i32 4, i32 0)
	%803 = icmp uge i32 %792, 4
	%804 = select i1 %803, i32 %802, i32 0
	%805 = add i32 %801, %804
	%806 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %805, i32 8, i32 0)
	%807 = icmp uge i32 %792, 8
	%808 = select i1 %807, i32 %806, i32 0
	%809 = add i32 %805, %808
	%810 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %809, i32 16, i32 0)
	%811 = icmp uge i32 %792, 16
	%812 = select i1 %811, i32 %810, i32 0
	%813 = add i32 %809, %812
	%814 = icmp eq i32 %792, 31
	br i1 %814, label %837, label %839

815:
	%816 = add i32 %653, %786
	%817 = sext i32 %816 to i64
	%818 = getelementptr float, float* %e, i64 %817
	%819 = load float, float* %818
	%820 = fcmp oge float %819, 0.0
	%821 = icmp sge i32 %786, %655
	%822 = icmp sle i32 %786, %659
	%823 = and i1 %821, %822
	%824 = or i1 false, %823
	%825 = icmp eq i32 %786, 0
	%826 = or i1 %824, %825
	%827 = bitcast float %819 to i32
	%828 = add i32 %827, 2
	%829 = select i1 %826, i32 1, i32 %828
	%830 = select i1 %820, i32 %829, i32 0
	br label %831

831:
	%832 = phi i32 [ 0, %789 ], [ %830, %815 ]
	%833 = icmp eq i32 %832, %7
	%834 = zext i1 %833 to i32
	%835 = add i32 %787, %834
	%836 = add i32 %786, 256
	br label %785

837:
	%838 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %793
	store i32 %813, i32 addrspace(3)* %838
	br label %839

839:
	call void @llvm.nvvm.barrier0()
	%840 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%841 = load i32, i32 addrspace(3)* %840
	%842 = icmp sgt i32 %793, 0
	%843 = select i1 %842, i32 %841, i32 0
	%844 = add i32 0, %843
	%845 = add i32 0, %841
	%846 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%847 = load i32, i32 addrspace(3)* %846
	%848 = icmp sgt i32 %793, 1
	%849 = select i1 %848, i32 %847, i32 0
	%850 = add i32 %844, %849
	%851 = add i32 %845, %847
	%852 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%853 = load i32, i32 addrspace(3)* %852
	%854 = icmp sgt i32 %793, 2
	%855 = select i1 %854, i32 %853, i32 0
	%856 = add i32 %850, %855
	%857 = add i32 %851, %853
	%858 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%859 = load i32, i32 addrspace(3)* %858
	%860 = icmp sgt i32 %793, 3
	%861 = select i1 %860, i32 %859, i32 0
	%862 = add i32 %856, %861
	%863 = add i32 %857, %859
	%864 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%865 = load i32, i32 addrspace(3)* %864
	%866 = icmp sgt i32 %793, 4
	%867 = select i1 %866, i32 %865, i32 0
	%868 = add i32 %862, %867
	%869 = add i32 %863, %865
	%870 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%871 = load i32, i32 addrspace(3)* %870
	%872 = icmp sgt i32 %793, 5
	%873 = select i1 %872, i32 %871, i32 0
	%874 = add i32 %868, %873
	%875 = add i32 %869, %871
	%876 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%877 = load i32, i32 addrspace(3)* %876
	%878 = icmp sgt i32 %793, 6
	%879 = select i1 %878, i32 %877, i32 0
	%880 = add i32 %874, %879
	%881 = add i32 %875, %877
	%882 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%883 = load i32, i32 addrspace(3)* %882
	%884 = icmp sgt i32 %793, 7
	%885 = select i1 %884, i32 %883, i32 0
	%886 = add i32 %880, %885
	%887 = add i32 %881, %883
	%888 = add i32 %886, %813
	%889 = sub i32 %888, %787
	%890 = icmp eq i32 %0, 0
	br i1 %890, label %891, label %894

891:
	%892 = sext i32 %652 to i64
	%893 = getelementptr i32, i32* %ties, i64 %892
	store i32 %887, i32* %893
	br label %894

894:
	br label %772

895:
	br label %897

896:
	ret void

897:
	%898 = phi i32 [ %0, %895 ], [ %948, %943 ]
	%899 = phi i32 [ 0, %895 ], [ %947, %943 ]
	%900 = icmp slt i32 %898, %14
	br i1 %900, label %901, label %903

901:
	%902 = icmp slt i32 %898, %NK
	br i1 %902, label %927, label %943

903:
	%904 = and i32 %0, 31
	%905 = lshr i32 %0, 5
	%906 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %899, i32 1, i32 0)
	%907 = icmp uge i32 %904, 1
	%908 = select i1 %907, i32 %906, i32 0
	%909 = add i32 %899, %908
	%910 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %909, i32 2, i32 0)
	%911 = icmp uge i32 %904, 2
	%912 = select i1 %911, i32 %910, i32 0
	%913 = add i32 %909, %912
	%914 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %913, i32 4, i32 0)
	%915 = icmp uge i32 %904, 4
	%916 = select i1 %915, i32 %914, i32 0
	%917 = add i32 %913, %916
	%918 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %917, i32 8, i32 0)
	%919 = icmp uge i32 %904, 8
	%920 = select i1 %919, i32 %918, i32 0
	%921 = add i32 %917, %920
	%922 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %921, i32 16, i32 0)
	%923 = icmp uge i32 %904, 16
	%924 = select i1 %923, i32 %922, i32 0
	%925 = add i32 %921, %924
	%926 = icmp eq i32 %904, 31
	br i1 %926, label %949, label %951

927:
	%928 = add i32 %777, %898
	%929 = sext i32 %928 to i64
	%930 = getelementptr float, float* %e, i64 %929
	%931 = load float, float* %930
	%932 = fcmp oge float %931, 0.0
	%933 = icmp sge i32 %898, %779
	%934 = icmp sle i32 %898, %783
	%935 = and i1 %933, %934
	%936 = or i1 false, %935
	%937 = icmp eq i32 %898, 0
	%938 = or i1 %936, %937
	%939 = bitcast float %931 to i32
	%940 = add i32 %939, 2
	%941 = select i1 %938, i32 1, i32 %940
	%942 = select i1 %932, i32 %941, i32 0
	br label %943

943:
	%944 = phi i32 [ 0, %901 ], [ %942, %927 ]
	%945 = icmp eq i32 %944, %7
	%946 = zext i1 %945 to i32
	%947 = add i32 %899, %946
	%948 = add i32 %898, 256
	br label %897

949:
	%950 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %905
	store i32 %925, i32 addrspace(3)* %950
	br label %951

951:
	call void @llvm.nvvm.barrier0()
	%952 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%953 = load i32, i32 addrspace(3)* %952
	%954 = icmp sgt i32 %905, 0
	%955 = select i1 %954, i32 %953, i32 0
	%956 = add i32 0, %955
	%957 = add i32 0, %953
	%958 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%959 = load i32, i32 addrspace(3)* %958
	%960 = icmp sgt i32 %905, 1
	%961 = select i1 %960, i32 %959, i32 0
	%962 = add i32 %956, %961
	%963 = add i32 %957, %959
	%964 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%965 = load i32, i32 addrspace(3)* %964
	%966 = icmp sgt i32 %905, 2
	%967 = select i1 %966, i32 %965, i32 0
	%968 = add i32 %962, %967
	%969 = add i32 %963, %965
	%970 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%971 = load i32, i32 addrspace(3)* %970
	%972 = icmp sgt i32 %905, 3
	%973 = select i1 %972, i32 %971, i32 0
	%974 = add i32 %968, %973
	%975 = add i32 %969, %971
	%976 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%977 = load i32, i32 addrspace(3)* %976
	%978 = icmp sgt i32 %905, 4
	%979 = select i1 %978, i32 %977, i32 0
	%980 = add i32 %974, %979
	%981 = add i32 %975, %977
	%982 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%983 = load i32, i32 addrspace(3)* %982
	%984 = icmp sgt i32 %905, 5
	%985 = select i1 %984, i32 %983, i32 0
	%986 = add i32 %980, %985
	%987 = add i32 %981, %983
	%988 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%989 = load i32, i32 addrspace(3)* %988
	%990 = icmp sgt i32 %905, 6
	%991 = select i1 %990, i32 %989, i32 0
	%992 = add i32 %986, %991
	%993 = add i32 %987, %989
	%994 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%995 = load i32, i32 addrspace(3)* %994
	%996 = icmp sgt i32 %905, 7
	%997 = select i1 %996, i32 %995, i32 0
	%998 = add i32 %992, %997
	%999 = add i32 %993, %995
	%1000 = add i32 %998, %925
	%1001 = sub i32 %1000, %899
	%1002 = icmp eq i32 %0, 0
	br i1 %1002, label %1003, label %1006

1003:
	%1004 = sext i32 %776 to i64
	%1005 = getelementptr i32, i32* %ties, i64 %1004
	store i32 %999, i32* %1005
	br label %1006

1006:
	br label %896
}

define ptx_kernel void @best_select1_scan(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 2
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	br label %12

12:
	%13 = phi i32 [ 0, %entry ], [ %113, %111 ]
	%14 = phi i32 [ 0, %entry ], [ %112, %111 ]
	%15 = icmp slt i32 %13, %R
	br i1 %15, label %16, label %23

16:
	%17 = add i32 %13, %0
	%18 = icmp slt i32 %17, %R
	%19 = select i1 %18, i32 %17, i32 0
	%20 = add i32 %7, %19
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %ties, i64 %21
	br i1 %18, label %24, label %26

23:
	ret void

24:
	%25 = load i32, i32* %22
	br label %26

26:
	%27 = phi i32 [ 0, %16 ], [ %25, %24 ]
	%28 = and i32 %0, 31
	%29 = lshr i32 %0, 5
	%30 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %27, i32 1, i32 0)
	%31 = icmp uge i32 %28, 1
	%32 = select i1 %31, i32 %30, i32 0
	%33 = add i32 %27, %32
	%34 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %33, i32 2, i32 0)
	%35 = icmp uge i32 %28, 2
	%36 = select i1 %35, i32 %34, i32 0
	%37 = add i32 %33, %36
	%38 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %37, i32 4, i32 0)
	%39 = icmp uge i32 %28, 4
	%40 = select i1 %39, i32 %38, i32 0
	%41 = add i32 %37, %40
	%42 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %41, i32 8, i32 0)
	%43 = icmp uge i32 %28, 8
	%44 = select i1 %43, i32 %42, i32 0
	%45 = add i32 %41, %44
	%46 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %45, i32 16, i32 0)
	%47 = icmp uge i32 %28, 16
	%48 = select i1 %47, i32 %46, i32 0
	%49 = add i32 %45, %48
	%50 = icmp eq i32 %28, 31
	br i1 %50, label %51, label %53

51:
	%52 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 %29
	store i32 %49, i32 addrspace(3)* %52
	br label %53

53:
	call void @llvm.nvvm.barrier0()
	%54 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 0
	%55 = load i32, i32 addrspace(3)* %54
	%56 = icmp sgt i32 %29, 0
	%57 = select i1 %56, i32 %55, i32 0
	%58 = add i32 0, %57
	%59 = add i32 0, %55
	%60 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 1
	%61 = load i32, i32 addrspace(3)* %60
	%62 = icmp sgt i32 %29, 1
	%63 = select i1 %62, i32 %61, i32 0
	%64 = add i32 %58, %63
	%65 = add i32 %59, %61
	%66 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 2
	%67 = load i32, i32 addrspace(3)* %66
	%68 = icmp sgt i32 %29, 2
	%69 = select i1 %68, i32 %67, i32 0
	%70 = add i32 %64, %69
	%71 = add i32 %65, %67
	%72 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 3
	%73 = load i32, i32 addrspace(3)* %72
	%74 = icmp sgt i32 %29, 3
	%75 = select i1 %74, i32 %73, i32 0
	%76 = add i32 %70, %75
	%77 = add i32 %71, %73
	%78 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 4
	%79 = load i32, i32 addrspace(3)* %78
	%80 = icmp sgt i32 %29, 4
	%81 = select i1 %80, i32 %79, i32 0
	%82 = add i32 %76, %81
	%83 = add i32 %77, %79
	%84 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 5
	%85 = load i32, i32 addrspace(3)* %84
	%86 = icmp sgt i32 %29, 5
	%87 = select i1 %86, i32 %85, i32 0
	%88 = add i32 %82, %87
	%89 = add i32 %83, %85
	%90 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 6
	%91 = load i32, i32 addrspace(3)* %90
	%92 = icmp sgt i32 %29, 6
	%93 = select i1 %92, i32 %91, i32 0
	%94 = add i32 %88, %93
	%95 = add i32 %89, %91
	%96 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 7
	%97 = load i32, i32 addrspace(3)* %96
	%98 = icmp sgt i32 %29, 7
	%99 = select i1 %98, i32 %97, i32 0
	%100 = add i32 %94, %99
	%101 = add i32 %95, %97
	%102 = add i32 %100, %49
	%103 = sub i32 %102, %27
	%104 = add i32 %14, %103
	%105 = sub i32 %11, %104
	%106 = icmp slt i32 %105, %27
	%107 = select i1 %106, i32 %105, i32 %27
	%108 = icmp sgt i32 %107, 0
	%109 = select i1 %108, i32 %107, i32 0
	br i1 %18, label %110, label %111

110:
	store i32 %109, i32* %22
	br label %111

111:
	call void @llvm.nvvm.barrier0()
	%112 = add i32 %14, %101
	%113 = add i32 %13, 256
	br label %12
}

define ptx_kernel void @best_select1_take(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	%17 = mul i32 %2, %NQ
	%18 = add i32 %17, %1
	%19 = mul i32 %1, 64
	%20 = sdiv i32 %19, 64
	%21 = add i32 %1, 1
	%22 = mul i32 %21, 64
	%23 = sub i32 %22, 1
	%24 = sdiv i32 %23, 64
	br label %25

25:
	%26 = phi i32 [ %0, %entry ], [ %62, %59 ]
	%27 = icmp slt i32 %26, %16
	br i1 %27, label %28, label %30

28:
	%29 = icmp slt i32 %26, %NK
	br i1 %29, label %43, label %59

30:
	%31 = mul i32 0, 8
	%32 = sext i32 %31 to i64
	%33 = getelementptr i32, i32* %state, i64 %32
	%34 = load i32, i32* %33
	%35 = sext i32 %18 to i64
	%36 = getelementptr i32, i32* %ties, i64 %35
	%37 = load i32, i32* %36
	%38 = mul i32 %18, 2
	%39 = add i32 %38, 1
	%40 = sext i32 %39 to i64
	%41 = getelementptr i32, i32* %cnt, i64 %40
	%42 = load i32, i32* %41
	call void @llvm.nvvm.barrier0()
	br label %63

43:
	%44 = add i32 %11, %26
	%45 = sext i32 %44 to i64
	%46 = getelementptr float, float* %e, i64 %45
	%47 = load float, float* %46
	%48 = fcmp oge float %47, 0.0
	%49 = icmp sge i32 %26, %20
	%50 = icmp sle i32 %26, %24
	%51 = and i1 %49, %50
	%52 = or i1 false, %51
	%53 = icmp eq i32 %26, 0
	%54 = or i1 %52, %53
	%55 = bitcast float %47 to i32
	%56 = add i32 %55, 2
	%57 = select i1 %54, i32 1, i32 %56
	%58 = select i1 %48, i32 %57, i32 0
	br label %59

59:
	%60 = phi i32 [ 0, %28 ], [ %58, %43 ]
	%61 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %26
	store i32 %60, i32 addrspace(3)* %61
	%62 = add i32 %26, 256
	br label %25

63:
	%64 = phi i32 [ 0, %30 ], [ %239, %236 ]
	%65 = phi i32 [ 0, %30 ], [ %237, %236 ]
	%66 = phi i32 [ 0, %30 ], [ %238, %236 ]
	%67 = icmp slt i32 %64, %16
	br i1 %67, label %68, label %97

68:
	%69 = add i32 %64, %0
	%70 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %69
	%71 = load i32, i32 addrspace(3)* %70
	%72 = icmp eq i32 %71, %34
	%73 = zext i1 %72 to i32
	%74 = and i32 %0, 31
	%75 = lshr i32 %0, 5
	%76 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %73, i32 1, i32 0)
	%77 = icmp uge i32 %74, 1
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %79, i32 2, i32 0)
	%81 = icmp uge i32 %74, 2
	%82 = select i1 %81, i32 %80, i32 0
	%83 = add i32 %79, %82
	%84 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %83, i32 4, i32 0)
	%85 = icmp uge i32 %74, 4
	%86 = select i1 %85, i32 %84, i32 0
	%87 = add i32 %83, %86
	%88 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %87, i32 8, i32 0)
	%89 = icmp uge i32 %74, 8
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %87, %90
	%92 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %91, i32 16, i32 0)
	%93 = icmp uge i32 %74, 16
	%94 = select i1 %93, i32 %92, i32 0
	%95 = add i32 %91, %94
	%96 = icmp eq i32 %74, 31
	br i1 %96, label %98, label %100

97:
	call void @llvm.nvvm.barrier0()
	br label %240

98:
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 %75
	store i32 %95, i32 addrspace(3)* %99
	br label %100

100:
	call void @llvm.nvvm.barrier0()
	%101 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 0
	%102 = load i32, i32 addrspace(3)* %101
	%103 = icmp sgt i32 %75, 0
	%104 = select i1 %103, i32 %102, i32 0
	%105 = add i32 0, %104
	%106 = add i32 0, %102
	%107 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 1
	%108 = load i32, i32 addrspace(3)* %107
	%109 = icmp sgt i32 %75, 1
	%110 = select i1 %109, i32 %108, i32 0
	%111 = add i32 %105, %110
	%112 = add i32 %106, %108
	%113 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 2
	%114 = load i32, i32 addrspace(3)* %113
	%115 = icmp sgt i32 %75, 2
	%116 = select i1 %115, i32 %114, i32 0
	%117 = add i32 %111, %116
	%118 = add i32 %112, %114
	%119 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 3
	%120 = load i32, i32 addrspace(3)* %119
	%121 = icmp sgt i32 %75, 3
	%122 = select i1 %121, i32 %120, i32 0
	%123 = add i32 %117, %122
	%124 = add i32 %118, %120
	%125 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 4
	%126 = load i32, i32 addrspace(3)* %125
	%127 = icmp sgt i32 %75, 4
	%128 = select i1 %127, i32 %126, i32 0
	%129 = add i32 %123, %128
	%130 = add i32 %124, %126
	%131 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 5
	%132 = load i32, i32 addrspace(3)* %131
	%133 = icmp sgt i32 %75, 5
	%134 = select i1 %133, i32 %132, i32 0
	%135 = add i32 %129, %134
	%136 = add i32 %130, %132
	%137 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 6
	%138 = load i32, i32 addrspace(3)* %137
	%139 = icmp sgt i32 %75, 6
	%140 = select i1 %139, i32 %138, i32 0
	%141 = add i32 %135, %140
	%142 = add i32 %136, %138
	%143 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 7
	%144 = load i32, i32 addrspace(3)* %143
	%145 = icmp sgt i32 %75, 7
	%146 = select i1 %145, i32 %144, i32 0
	%147 = add i32 %141, %146
	%148 = add i32 %142, %144
	%149 = add i32 %147, %95
	%150 = sub i32 %149, %73
	%151 = icmp ugt i32 %71, %34
	%152 = add i32 %65, %150
	%153 = icmp slt i32 %152, %37
	%154 = and i1 %72, %153
	%155 = or i1 %151, %154
	%156 = zext i1 %155 to i32
	%157 = and i32 %0, 31
	%158 = lshr i32 %0, 5
	%159 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %156, i32 1, i32 0)
	%160 = icmp uge i32 %157, 1
	%161 = select i1 %160, i32 %159, i32 0
	%162 = add i32 %156, %161
	%163 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %162, i32 2, i32 0)
	%164 = icmp uge i32 %157, 2
	%165 = select i1 %164, i32 %163, i32 0
	%166 = add i32 %162, %165
	%167 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %166, i32 4, i32 0)
	%168 = icmp uge i32 %157, 4
	%169 = select i1 %168, i32 %167, i32 0
	%170 = add i32 %166, %169
	%171 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %170, i32 8, i32 0)
	%172 = icmp uge i32 %157, 8
	%173 = select i1 %172, i32 %171, i32 0
	%174 = add i32 %170, %173
	%175 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %174, i32 16, i32 0)
	%176 = icmp uge i32 %157, 16
	%177 = select i1 %176, i32 %175, i32 0
	%178 = add i32 %174, %177
	%179 = icmp eq i32 %157, 31
	br i1 %179, label %180, label %182

180:
	%181 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 %158
	store i32 %178, i32 addrspace(3)* %181
	br label %182

182:
	call void @llvm.nvvm.barrier0()
	%183 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 0
	%184 = load i32, i32 addrspace(3)* %183
	%185 = icmp sgt i32 %158, 0
	%186 = select i1 %185, i32 %184, i32 0
	%187 = add i32 0, %186
	%188 = add i32 0, %184
	%189 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 1
	%190 = load i32, i32 addrspace(3)* %189
	%191 = icmp sgt i32 %158, 1
	%192 = select i1 %191, i32 %190, i32 0
	%193 = add i32 %187, %192
	%194 = add i32 %188, %190
	%195 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 2
	%196 = load i32, i32 addrspace(3)* %195
	%197 = icmp sgt i32 %158, 2
	%198 = select i1 %197, i32 %196, i32 0
	%199 = add i32 %193, %198
	%200 = add i32 %194, %196
	%201 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 3
	%202 = load i32, i32 addrspace(3)* %201
	%203 = icmp sgt i32 %158, 3
	%204 = select i1 %203, i32 %202, i32 0
	%205 = add i32 %199, %204
	%206 = add i32 %200, %202
	%207 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 4
	%208 = load i32, i32 addrspace(3)* %207
	%209 = icmp sgt i32 %158, 4
	%210 = select i1 %209, i32 %208, i32 0
	%211 = add i32 %205, %210
	%212 = add i32 %206, %208
	%213 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 5
	%214 = load i32, i32 addrspace(3)* %213
	%215 = icmp sgt i32 %158, 5
	%216 = select i1 %215, i32 %214, i32 0
	%217 = add i32 %211, %216
	%218 = add i32 %212, %214
	%219 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 6
	%220 = load i32, i32 addrspace(3)* %219
	%221 = icmp sgt i32 %158, 6
	%222 = select i1 %221, i32 %220, i32 0
	%223 = add i32 %217, %222
	%224 = add i32 %218, %220
	%225 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 7
	%226 = load i32, i32 addrspace(3)* %225
	%227 = icmp sgt i32 %158, 7
	%228 = select i1 %227, i32 %226, i32 0
	%229 = add i32 %223, %228
	%230 = add i32 %224, %226
	%231 = add i32 %229, %178
	%232 = sub i32 %231, %156
	br i1 %155, label %233, label %236

233:
	%234 = add i32 %66, %232
	%235 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %234
	store i32 %69, i32 addrspace(3)* %235
	br label %236

236:
	%237 = add i32 %65, %148
	%238 = add i32 %66, %230
	%239 = add i32 %64, 256
	br label %63

240:
	%241 = phi i32 [ %0, %97 ], [ %277, %268 ]
	%242 = icmp slt i32 %241, %66
	br i1 %242, label %243, label %248

243:
	%244 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %241
	%245 = load i32, i32 addrspace(3)* %244
	%246 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %245
	%247 = load i32, i32 addrspace(3)* %246
	br label %251

248:
	%249 = add i32 %42, %66
	%250 = add i32 %249, %0
	br label %278

251:
	%252 = phi i32 [ 0, %243 ], [ %267, %255 ]
	%253 = phi i32 [ 0, %243 ], [ %266, %255 ]
	%254 = icmp slt i32 %252, %66
	br i1 %254, label %255, label %268

255:
	%256 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %252
	%257 = load i32, i32 addrspace(3)* %256
	%258 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %257
	%259 = load i32, i32 addrspace(3)* %258
	%260 = icmp ugt i32 %259, %247
	%261 = icmp eq i32 %259, %247
	%262 = icmp slt i32 %252, %241
	%263 = and i1 %261, %262
	%264 = or i1 %260, %263
	%265 = zext i1 %264 to i32
	%266 = add i32 %253, %265
	%267 = add i32 %252, 1
	br label %251

268:
	%269 = add i32 %42, %253
	%270 = add i32 %13, %269
	%271 = sext i32 %270 to i64
	%272 = getelementptr i32, i32* %list, i64 %271
	store i32 %245, i32* %272
	%273 = add i32 %13, %NK
	%274 = add i32 %273, %269
	%275 = sext i32 %274 to i64
	%276 = getelementptr i32, i32* %list, i64 %275
	store i32 0, i32* %276
	%277 = add i32 %241, 256
	br label %240

278:
	%279 = phi i32 [ %250, %248 ], [ %289, %281 ]
	%280 = icmp slt i32 %279, %NK
	br i1 %280, label %281, label %290

281:
	%282 = add i32 %13, %279
	%283 = sext i32 %282 to i64
	%284 = getelementptr i32, i32* %list, i64 %283
	store i32 -1, i32* %284
	%285 = add i32 %13, %NK
	%286 = add i32 %285, %279
	%287 = sext i32 %286 to i64
	%288 = getelementptr i32, i32* %list, i64 %287
	store i32 -1, i32* %288
	%289 = add i32 %279, 256
	br label %278

290:
	ret void
}

define ptx_kernel void @best_pool_q0(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @best_pool_k0(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @best_scores0(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%4 = and i32 %0, 15
	%5 = lshr i32 %0, 4
	%6 = mul i32 %2, 64
	%7 = mul i32 %1, 64
	%8 = mul i32 %5, 4
	%9 = add i32 %6, %8
	%10 = mul i32 %4, 4
	%11 = add i32 %7, %10
	%12 = sdiv i32 %3, %group
	%13 = mul i32 %3, %ch
	%14 = mul i32 %13, %NQ
	%15 = add i32 %9, 0
	%16 = add i32 %11, 0
	%17 = icmp slt i32 %15, %NQ
	%18 = icmp slt i32 %16, %NK
	%19 = and i1 %17, %18
	%20 = add i32 %14, %15
	%21 = mul i32 %20, %NK
	%22 = add i32 %21, %16
	%23 = select i1 %19, i32 %22, i32 0
	%24 = sext i32 %23 to i64
	%25 = getelementptr i8, i8* %cls, i64 %24
	%26 = load i8, i8* %25
	%27 = icmp ne i8 %26, 0
	%28 = and i1 %19, %27
	%29 = or i1 false, %28
	%30 = add i32 %11, 1
	%31 = icmp slt i32 %15, %NQ
	%32 = icmp slt i32 %30, %NK
	%33 = and i1 %31, %32
	%34 = add i32 %14, %15
	%35 = mul i32 %34, %NK
	%36 = add i32 %35, %30
	%37 = select i1 %33, i32 %36, i32 0
	%38 = sext i32 %37 to i64
	%39 = getelementptr i8, i8* %cls, i64 %38
	%40 = load i8, i8* %39
	%41 = icmp ne i8 %40, 0
	%42 = and i1 %33, %41
	%43 = or i1 %29, %42
	%44 = add i32 %11, 2
	%45 = icmp slt i32 %15, %NQ
	%46 = icmp slt i32 %44, %NK
	%47 = and i1 %45, %46
	%48 = add i32 %14, %15
	%49 = mul i32 %48, %NK
	%50 = add i32 %49, %44
	%51 = select i1 %47, i32 %50, i32 0
	%52 = sext i32 %51 to i64
	%53 = getelementptr i8, i8* %cls, i64 %52
	%54 = load i8, i8* %53
	%55 = icmp ne i8 %54, 0
	%56 = and i1 %47, %55
	%57 = or i1 %43, %56
	%58 = add i32 %11, 3
	%59 = icmp slt i32 %15, %NQ
	%60 = icmp slt i32 %58, %NK
	%61 = and i1 %59, %60
	%62 = add i32 %14, %15
	%63 = mul i32 %62, %NK
	%64 = add i32 %63, %58
	%65 = select i1 %61, i32 %64, i32 0
	%66 = sext i32 %65 to i64
	%67 = getelementptr i8, i8* %cls, i64 %66
	%68 = load i8, i8* %67
	%69 = icmp ne i8 %68, 0
	%70 = and i1 %61, %69
	%71 = or i1 %57, %70
	%72 = add i32 %9, 1
	%73 = add i32 %11, 0
	%74 = icmp slt i32 %72, %NQ
	%75 = icmp slt i32 %73, %NK
	%76 = and i1 %74, %75
	%77 = add i32 %14, %72
	%78 = mul i32 %77, %NK
	%79 = add i32 %78, %73
	%80 = select i1 %76, i32 %79, i32 0
	%81 = sext i32 %80 to i64
	%82 = getelementptr i8, i8* %cls, i64 %81
	%83 = load i8, i8* %82
	%84 = icmp ne i8 %83, 0
	%85 = and i1 %76, %84
	%86 = or i1 %71, %85
	%87 = add i32 %11, 1
	%88 = icmp slt i32 %72, %NQ
	%89 = icmp slt i32 %87, %NK
	%90 = and i1 %88, %89
	%91 = add i32 %14, %72
	%92 = mul i32 %91, %NK
	%93 = add i32 %92, %87
	%94 = select i1 %90, i32 %93, i32 0
	%95 = sext i32 %94 to i64
	%96 = getelementptr i8, i8* %cls, i64 %95
	%97 = load i8, i8* %96
	%98 = icmp ne i8 %97, 0
	%99 = and i1 %90, %98
	%100 = or i1 %86, %99
	%101 = add i32 %11, 2
	%102 = icmp slt i32 %72, %NQ
	%103 = icmp slt i32 %101, %NK
	%104 = and i1 %102, %103
	%105 = add i32 %14, %72
	%106 = mul i32 %105, %NK
	%107 = add i32 %106, %101
	%108 = select i1 %104, i32 %107, i32 0
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = icmp ne i8 %111, 0
	%113 = and i1 %104, %112
	%114 = or i1 %100, %113
	%115 = add i32 %11, 3
	%116 = icmp slt i32 %72, %NQ
	%117 = icmp slt i32 %115, %NK
	%118 = and i1 %116, %117
	%119 = add i32 %14, %72
	%120 = mul i32 %119, %NK
	%121 = add i32 %120, %115
	%122 = select i1 %118, i32 %121, i32 0
	%123 = sext i32 %122 to i64
	%124 = getelementptr i8, i8* %cls, i64 %123
	%125 = load i8, i8* %124
	%126 = icmp ne i8 %125, 0
	%127 = and i1 %118, %126
	%128 = or i1 %114, %127
	%129 = add i32 %9, 2
	%130 = add i32 %11, 0
	%131 = icmp slt i32 %129, %NQ
	%132 = icmp slt i32 %130, %NK
	%133 = and i1 %131, %132
	%134 = add i32 %14, %129
	%135 = mul i32 %134, %NK
	%136 = add i32 %135, %130
	%137 = select i1 %133, i32 %136, i32 0
	%138 = sext i32 %137 to i64
	%139 = getelementptr i8, i8* %cls, i64 %138
	%140 = load i8, i8* %139
	%141 = icmp ne i8 %140, 0
	%142 = and i1 %133, %141
	%143 = or i1 %128, %142
	%144 = add i32 %11, 1
	%145 = icmp slt i32 %129, %NQ
	%146 = icmp slt i32 %144, %NK
	%147 = and i1 %145, %146
	%148 = add i32 %14, %129
	%149 = mul i32 %148, %NK
	%150 = add i32 %149, %144
	%151 = select i1 %147, i32 %150, i32 0
	%152 = sext i32 %151 to i64
	%153 = getelementptr i8, i8* %cls, i64 %152
	%154 = load i8, i8* %153
	%155 = icmp ne i8 %154, 0
	%156 = and i1 %147, %155
	%157 = or i1 %143, %156
	%158 = add i32 %11, 2
	%159 = icmp slt i32 %129, %NQ
	%160 = icmp slt i32 %158, %NK
	%161 = and i1 %159, %160
	%162 = add i32 %14, %129
	%163 = mul i32 %162, %NK
	%164 = add i32 %163, %158
	%165 = select i1 %161, i32 %164, i32 0
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %cls, i64 %166
	%168 = load i8, i8* %167
	%169 = icmp ne i8 %168, 0
	%170 = and i1 %161, %169
	%171 = or i1 %157, %170
	%172 = add i32 %11, 3
	%173 = icmp slt i32 %129, %NQ
	%174 = icmp slt i32 %172, %NK
	%175 = and i1 %173, %174
	%176 = add i32 %14, %129
	%177 = mul i32 %176, %NK
	%178 = add i32 %177, %172
	%179 = select i1 %175, i32 %178, i32 0
	%180 = sext i32 %179 to i64
	%181 = getelementptr i8, i8* %cls, i64 %180
	%182 = load i8, i8* %181
	%183 = icmp ne i8 %182, 0
	%184 = and i1 %175, %183
	%185 = or i1 %171, %184
	%186 = add i32 %9, 3
	%187 = add i32 %11, 0
	%188 = icmp slt i32 %186, %NQ
	%189 = icmp slt i32 %187, %NK
	%190 = and i1 %188, %189
	%191 = add i32 %14, %186
	%192 = mul i32 %191, %NK
	%193 = add i32 %192, %187
	%194 = select i1 %190, i32 %193, i32 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i8, i8* %cls, i64 %195
	%197 = load i8, i8* %196
	%198 = icmp ne i8 %197, 0
	%199 = and i1 %190, %198
	%200 = or i1 %185, %199
	%201 = add i32 %11, 1
	%202 = icmp slt i32 %186, %NQ
	%203 = icmp slt i32 %201, %NK
	%204 = and i1 %202, %203
	%205 = add i32 %14, %186
	%206 = mul i32 %205, %NK
	%207 = add i32 %206, %201
	%208 = select i1 %204, i32 %207, i32 0
	%209 = sext i32 %208 to i64
	%210 = getelementptr i8, i8* %cls, i64 %209
	%211 = load i8, i8* %210
	%212 = icmp ne i8 %211, 0
	%213 = and i1 %204, %212
	%214 = or i1 %200, %213
	%215 = add i32 %11, 2
	%216 = icmp slt i32 %186, %NQ
	%217 = icmp slt i32 %215, %NK
	%218 = and i1 %216, %217
	%219 = add i32 %14, %186
	%220 = mul i32 %219, %NK
	%221 = add i32 %220, %215
	%222 = select i1 %218, i32 %221, i32 0
	%223 = sext i32 %222 to i64
	%224 = getelementptr i8, i8* %cls, i64 %223
	%225 = load i8, i8* %224
	%226 = icmp ne i8 %225, 0
	%227 = and i1 %218, %226
	%228 = or i1 %214, %227
	%229 = add i32 %11, 3
	%230 = icmp slt i32 %186, %NQ
	%231 = icmp slt i32 %229, %NK
	%232 = and i1 %230, %231
	%233 = add i32 %14, %186
	%234 = mul i32 %233, %NK
	%235 = add i32 %234, %229
	%236 = select i1 %232, i32 %235, i32 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i8, i8* %cls, i64 %237
	%239 = load i8, i8* %238
	%240 = icmp ne i8 %239, 0
	%241 = and i1 %232, %240
	%242 = or i1 %228, %241
	%243 = zext i1 %242 to i32
	%244 = call i32 @llvm.nvvm.barrier0.or(i32 %243)
	%245 = icmp ne i32 %244, 0
	br i1 %245, label %work, label %skip

work:
	br label %246

skip:
	ret void

246:
	%247 = phi i32 [ 0, %work ], [ %459, %458 ]
	%248 = phi float [ 0.0, %work ], [ %403, %458 ]
	%249 = phi float [ 0.0, %work ], [ %404, %458 ]
	%250 = phi float [ 0.0, %work ], [ %405, %458 ]
	%251 = phi float [ 0.0, %work ], [ %406, %458 ]
	%252 = phi float [ 0.0, %work ], [ %407, %458 ]
	%253 = phi float [ 0.0, %work ], [ %408, %458 ]
	%254 = phi float [ 0.0, %work ], [ %409, %458 ]
	%255 = phi float [ 0.0, %work ], [ %410, %458 ]
	%256 = phi float [ 0.0, %work ], [ %411, %458 ]
	%257 = phi float [ 0.0, %work ], [ %412, %458 ]
	%258 = phi float [ 0.0, %work ], [ %413, %458 ]
	%259 = phi float [ 0.0, %work ], [ %414, %458 ]
	%260 = phi float [ 0.0, %work ], [ %415, %458 ]
	%261 = phi float [ 0.0, %work ], [ %416, %458 ]
	%262 = phi float [ 0.0, %work ], [ %417, %458 ]
	%263 = phi float [ 0.0, %work ], [ %418, %458 ]
	%264 = icmp slt i32 %247, 64
	br i1 %264, label %265, label %394

265:
	%266 = add i32 %0, 0
	%267 = lshr i32 %266, 4
	%268 = and i32 %266, 15
	%269 = add i32 %268, %247
	%270 = add i32 %6, %267
	%271 = add i32 %7, %267
	%272 = icmp slt i32 %270, %NQ
	%273 = select i1 %272, i32 %270, i32 0
	%274 = mul i32 %3, %NQ
	%275 = add i32 %274, %273
	%276 = mul i32 %275, 64
	%277 = add i32 %276, %269
	%278 = sext i32 %277 to i64
	%279 = getelementptr float, float* %qm, i64 %278
	%280 = load float, float* %279
	%281 = select i1 %272, float %280, float 0.0
	%282 = mul i32 %268, 68
	%283 = add i32 %282, %267
	%284 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %283
	store float %281, float addrspace(3)* %284
	%285 = icmp slt i32 %271, %NK
	%286 = select i1 %285, i32 %271, i32 0
	%287 = mul i32 %12, %NK
	%288 = add i32 %287, %286
	%289 = mul i32 %288, 64
	%290 = add i32 %289, %269
	%291 = sext i32 %290 to i64
	%292 = getelementptr float, float* %km, i64 %291
	%293 = load float, float* %292
	%294 = select i1 %285, float %293, float 0.0
	%295 = mul i32 %268, 68
	%296 = add i32 %295, %267
	%297 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %296
	store float %294, float addrspace(3)* %297
	%298 = add i32 %0, 256
	%299 = lshr i32 %298, 4
	%300 = and i32 %298, 15
	%301 = add i32 %300, %247
	%302 = add i32 %6, %299
	%303 = add i32 %7, %299
	%304 = icmp slt i32 %302, %NQ
	%305 = select i1 %304, i32 %302, i32 0
	%306 = mul i32 %3, %NQ
	%307 = add i32 %306, %305
	%308 = mul i32 %307, 64
	%309 = add i32 %308, %301
	%310 = sext i32 %309 to i64
	%311 = getelementptr float, float* %qm, i64 %310
	%312 = load float, float* %311
	%313 = select i1 %304, float %312, float 0.0
	%314 = mul i32 %300, 68
	%315 = add i32 %314, %299
	%316 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %315
	store float %313, float addrspace(3)* %316
	%317 = icmp slt i32 %303, %NK
	%318 = select i1 %317, i32 %303, i32 0
	%319 = mul i32 %12, %NK
	%320 = add i32 %319, %318
	%321 = mul i32 %320, 64
	%322 = add i32 %321, %301
	%323 = sext i32 %322 to i64
	%324 = getelementptr float, float* %km, i64 %323
	%325 = load float, float* %324
	%326 = select i1 %317, float %325, float 0.0
	%327 = mul i32 %300, 68
	%328 = add i32 %327, %299
	%329 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %328
	store float %326, float addrspace(3)* %329
	%330 = add i32 %0, 512
	%331 = lshr i32 %330, 4
	%332 = and i32 %330, 15
	%333 = add i32 %332, %247
	%334 = add i32 %6, %331
	%335 = add i32 %7, %331
	%336 = icmp slt i32 %334, %NQ
	%337 = select i1 %336, i32 %334, i32 0
	%338 = mul i32 %3, %NQ
	%339 = add i32 %338, %337
	%340 = mul i32 %339, 64
	%341 = add i32 %340, %333
	%342 = sext i32 %341 to i64
	%343 = getelementptr float, float* %qm, i64 %342
	%344 = load float, float* %343
	%345 = select i1 %336, float %344, float 0.0
	%346 = mul i32 %332, 68
	%347 = add i32 %346, %331
	%348 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %347
	store float %345, float addrspace(3)* %348
	%349 = icmp slt i32 %335, %NK
	%350 = select i1 %349, i32 %335, i32 0
	%351 = mul i32 %12, %NK
	%352 = add i32 %351, %350
	%353 = mul i32 %352, 64
	%354 = add i32 %353, %333
	%355 = sext i32 %354 to i64
	%356 = getelementptr float, float* %km, i64 %355
	%357 = load float, float* %356
	%358 = select i1 %349, float %357, float 0.0
	%359 = mul i32 %332, 68
	%360 = add i32 %359, %331
	%361 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %360
	store float %358, float addrspace(3)* %361
	%362 = add i32 %0, 768
	%363 = lshr i32 %362, 4
	%364 = and i32 %362, 15
	%365 = add i32 %364, %247
	%366 = add i32 %6, %363
	%367 = add i32 %7, %363
	%368 = icmp slt i32 %366, %NQ
	%369 = select i1 %368, i32 %366, i32 0
	%370 = mul i32 %3, %NQ
	%371 = add i32 %370, %369
	%372 = mul i32 %371, 64
	%373 = add i32 %372, %365
	%374 = sext i32 %373 to i64
	%375 = getelementptr float, float* %qm, i64 %374
	%376 = load float, float* %375
	%377 = select i1 %368, float %376, float 0.0
	%378 = mul i32 %364, 68
	%379 = add i32 %378, %363
	%380 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %379
	store float %377, float addrspace(3)* %380
	%381 = icmp slt i32 %367, %NK
	%382 = select i1 %381, i32 %367, i32 0
	%383 = mul i32 %12, %NK
	%384 = add i32 %383, %382
	%385 = mul i32 %384, 64
	%386 = add i32 %385, %365
	%387 = sext i32 %386 to i64
	%388 = getelementptr float, float* %km, i64 %387
	%389 = load float, float* %388
	%390 = select i1 %381, float %389, float 0.0
	%391 = mul i32 %364, 68
	%392 = add i32 %391, %363
	%393 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %392
	store float %390, float addrspace(3)* %393
	call void @llvm.nvvm.barrier0()
	br label %401

394:
	%395 = add i32 %9, 0
	%396 = add i32 %11, 0
	%397 = icmp slt i32 %395, %NQ
	%398 = icmp slt i32 %396, %NK
	%399 = and i1 %397, %398
	%400 = fmul float %248, 0x3FC7154760000000
	br i1 %399, label %460, label %467

401:
	%402 = phi i32 [ 0, %265 ], [ %457, %420 ]
	%403 = phi float [ %248, %265 ], [ %441, %420 ]
	%404 = phi float [ %249, %265 ], [ %442, %420 ]
	%405 = phi float [ %250, %265 ], [ %443, %420 ]
	%406 = phi float [ %251, %265 ], [ %444, %420 ]
	%407 = phi float [ %252, %265 ], [ %445, %420 ]
	%408 = phi float [ %253, %265 ], [ %446, %420 ]
	%409 = phi float [ %254, %265 ], [ %447, %420 ]
	%410 = phi float [ %255, %265 ], [ %448, %420 ]
	%411 = phi float [ %256, %265 ], [ %449, %420 ]
	%412 = phi float [ %257, %265 ], [ %450, %420 ]
	%413 = phi float [ %258, %265 ], [ %451, %420 ]
	%414 = phi float [ %259, %265 ], [ %452, %420 ]
	%415 = phi float [ %260, %265 ], [ %453, %420 ]
	%416 = phi float [ %261, %265 ], [ %454, %420 ]
	%417 = phi float [ %262, %265 ], [ %455, %420 ]
	%418 = phi float [ %263, %265 ], [ %456, %420 ]
	%419 = icmp slt i32 %402, 16
	br i1 %419, label %420, label %458

420:
	%421 = mul i32 %5, 4
	%422 = mul i32 %402, 68
	%423 = add i32 %422, %421
	%424 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %423
	%425 = bitcast float addrspace(3)* %424 to <4 x float> addrspace(3)*
	%426 = load <4 x float>, <4 x float> addrspace(3)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = mul i32 %4, 4
	%432 = mul i32 %402, 68
	%433 = add i32 %432, %431
	%434 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %433
	%435 = bitcast float addrspace(3)* %434 to <4 x float> addrspace(3)*
	%436 = load <4 x float>, <4 x float> addrspace(3)* %435, align 16
	%437 = extractelement <4 x float> %436, i32 0
	%438 = extractelement <4 x float> %436, i32 1
	%439 = extractelement <4 x float> %436, i32 2
	%440 = extractelement <4 x float> %436, i32 3
	%441 = call float @llvm.fma.f32(float %427, float %437, float %403)
	%442 = call float @llvm.fma.f32(float %427, float %438, float %404)
	%443 = call float @llvm.fma.f32(float %427, float %439, float %405)
	%444 = call float @llvm.fma.f32(float %427, float %440, float %406)
	%445 = call float @llvm.fma.f32(float %428, float %437, float %407)
	%446 = call float @llvm.fma.f32(float %428, float %438, float %408)
	%447 = call float @llvm.fma.f32(float %428, float %439, float %409)
	%448 = call float @llvm.fma.f32(float %428, float %440, float %410)
	%449 = call float @llvm.fma.f32(float %429, float %437, float %411)
	%450 = call float @llvm.fma.f32(float %429, float %438, float %412)
	%451 = call float @llvm.fma.f32(float %429, float %439, float %413)
	%452 = call float @llvm.fma.f32(float %429, float %440, float %414)
	%453 = call float @llvm.fma.f32(float %430, float %437, float %415)
	%454 = call float @llvm.fma.f32(float %430, float %438, float %416)
	%455 = call float @llvm.fma.f32(float %430, float %439, float %417)
	%456 = call float @llvm.fma.f32(float %430, float %440, float %418)
	%457 = add i32 %402, 1
	br label %401

458:
	call void @llvm.nvvm.barrier0()
	%459 = add i32 %247, 16
	br label %246

460:
	%461 = mul i32 %3, %NQ
	%462 = add i32 %461, %395
	%463 = mul i32 %462, %NK
	%464 = add i32 %463, %396
	%465 = sext i32 %464 to i64
	%466 = getelementptr float, float* %e, i64 %465
	store float %400, float* %466
	br label %467

467:
	%468 = add i32 %11, 1
	%469 = icmp slt i32 %395, %NQ
	%470 = icmp slt i32 %468, %NK
	%471 = and i1 %469, %470
	%472 = fmul float %249, 0x3FC7154760000000
	br i1 %471, label %473, label %480

473:
	%474 = mul i32 %3, %NQ
	%475 = add i32 %474, %395
	%476 = mul i32 %475, %NK
	%477 = add i32 %476, %468
	%478 = sext i32 %477 to i64
	%479 = getelementptr float, float* %e, i64 %478
	store float %472, float* %479
	br label %480

480:
	%481 = add i32 %11, 2
	%482 = icmp slt i32 %395, %NQ
	%483 = icmp slt i32 %481, %NK
	%484 = and i1 %482, %483
	%485 = fmul float %250, 0x3FC7154760000000
	br i1 %484, label %486, label %493

486:
	%487 = mul i32 %3, %NQ
	%488 = add i32 %487, %395
	%489 = mul i32 %488, %NK
	%490 = add i32 %489, %481
	%491 = sext i32 %490 to i64
	%492 = getelementptr float, float* %e, i64 %491
	store float %485, float* %492
	br label %493

493:
	%494 = add i32 %11, 3
	%495 = icmp slt i32 %395, %NQ
	%496 = icmp slt i32 %494, %NK
	%497 = and i1 %495, %496
	%498 = fmul float %251, 0x3FC7154760000000
	br i1 %497, label %499, label %506

499:
	%500 = mul i32 %3, %NQ
	%501 = add i32 %500, %395
	%502 = mul i32 %501, %NK
	%503 = add i32 %502, %494
	%504 = sext i32 %503 to i64
	%505 = getelementptr float, float* %e, i64 %504
	store float %498, float* %505
	br label %506

506:
	%507 = add i32 %9, 1
	%508 = add i32 %11, 0
	%509 = icmp slt i32 %507, %NQ
	%510 = icmp slt i32 %508, %NK
	%511 = and i1 %509, %510
	%512 = fmul float %252, 0x3FC7154760000000
	br i1 %511, label %513, label %520

513:
	%514 = mul i32 %3, %NQ
	%515 = add i32 %514, %507
	%516 = mul i32 %515, %NK
	%517 = add i32 %516, %508
	%518 = sext i32 %517 to i64
	%519 = getelementptr float, float* %e, i64 %518
	store float %512, float* %519
	br label %520

520:
	%521 = add i32 %11, 1
	%522 = icmp slt i32 %507, %NQ
	%523 = icmp slt i32 %521, %NK
	%524 = and i1 %522, %523
	%525 = fmul float %253, 0x3FC7154760000000
	br i1 %524, label %526, label %533

526:
	%527 = mul i32 %3, %NQ
	%528 = add i32 %527, %507
	%529 = mul i32 %528, %NK
	%530 = add i32 %529, %521
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	store float %525, float* %532
	br label %533

533:
	%534 = add i32 %11, 2
	%535 = icmp slt i32 %507, %NQ
	%536 = icmp slt i32 %534, %NK
	%537 = and i1 %535, %536
	%538 = fmul float %254, 0x3FC7154760000000
	br i1 %537, label %539, label %546

539:
	%540 = mul i32 %3, %NQ
	%541 = add i32 %540, %507
	%542 = mul i32 %541, %NK
	%543 = add i32 %542, %534
	%544 = sext i32 %543 to i64
	%545 = getelementptr float, float* %e, i64 %544
	store float %538, float* %545
	br label %546

546:
	%547 = add i32 %11, 3
	%548 = icmp slt i32 %507, %NQ
	%549 = icmp slt i32 %547, %NK
	%550 = and i1 %548, %549
	%551 = fmul float %255, 0x3FC7154760000000
	br i1 %550, label %552, label %559

552:
	%553 = mul i32 %3, %NQ
	%554 = add i32 %553, %507
	%555 = mul i32 %554, %NK
	%556 = add i32 %555, %547
	%557 = sext i32 %556 to i64
	%558 = getelementptr float, float* %e, i64 %557
	store float %551, float* %558
	br label %559

559:
	%560 = add i32 %9, 2
	%561 = add i32 %11, 0
	%562 = icmp slt i32 %560, %NQ
	%563 = icmp slt i32 %561, %NK
	%564 = and i1 %562, %563
	%565 = fmul float %256, 0x3FC7154760000000
	br i1 %564, label %566, label %573

566:
	%567 = mul i32 %3, %NQ
	%568 = add i32 %567, %560
	%569 = mul i32 %568, %NK
	%570 = add i32 %569, %561
	%571 = sext i32 %570 to i64
	%572 = getelementptr float, float* %e, i64 %571
	store float %565, float* %572
	br label %573

573:
	%574 = add i32 %11, 1
	%575 = icmp slt i32 %560, %NQ
	%576 = icmp slt i32 %574, %NK
	%577 = and i1 %575, %576
	%578 = fmul float %257, 0x3FC7154760000000
	br i1 %577, label %579, label %586

579:
	%580 = mul i32 %3, %NQ
	%581 = add i32 %580, %560
	%582 = mul i32 %581, %NK
	%583 = add i32 %582, %574
	%584 = sext i32 %583 to i64
	%585 = getelementptr float, float* %e, i64 %584
	store float %578, float* %585
	br label %586

586:
	%587 = add i32 %11, 2
	%588 = icmp slt i32 %560, %NQ
	%589 = icmp slt i32 %587, %NK
	%590 = and i1 %588, %589
	%591 = fmul float %258, 0x3FC7154760000000
	br i1 %590, label %592, label %599

592:
	%593 = mul i32 %3, %NQ
	%594 = add i32 %593, %560
	%595 = mul i32 %594, %NK
	%596 = add i32 %595, %587
	%597 = sext i32 %596 to i64
	%598 = getelementptr float, float* %e, i64 %597
	store float %591, float* %598
	br label %599

599:
	%600 = add i32 %11, 3
	%601 = icmp slt i32 %560, %NQ
	%602 = icmp slt i32 %600, %NK
	%603 = and i1 %601, %602
	%604 = fmul float %259, 0x3FC7154760000000
	br i1 %603, label %605, label %612

605:
	%606 = mul i32 %3, %NQ
	%607 = add i32 %606, %560
	%608 = mul i32 %607, %NK
	%609 = add i32 %608, %600
	%610 = sext i32 %609 to i64
	%611 = getelementptr float, float* %e, i64 %610
	store float %604, float* %611
	br label %612

612:
	%613 = add i32 %9, 3
	%614 = add i32 %11, 0
	%615 = icmp slt i32 %613, %NQ
	%616 = icmp slt i32 %614, %NK
	%617 = and i1 %615, %616
	%618 = fmul float %260, 0x3FC7154760000000
	br i1 %617, label %619, label %626

619:
	%620 = mul i32 %3, %NQ
	%621 = add i32 %620, %613
	%622 = mul i32 %621, %NK
	%623 = add i32 %622, %614
	%624 = sext i32 %623 to i64
	%625 = getelementptr float, float* %e, i64 %624
	store float %618, float* %625
	br label %626

626:
	%627 = add i32 %11, 1
	%628 = icmp slt i32 %613, %NQ
	%629 = icmp slt i32 %627, %NK
	%630 = and i1 %628, %629
	%631 = fmul float %261, 0x3FC7154760000000
	br i1 %630, label %632, label %639

632:
	%633 = mul i32 %3, %NQ
	%634 = add i32 %633, %613
	%635 = mul i32 %634, %NK
	%636 = add i32 %635, %627
	%637 = sext i32 %636 to i64
	%638 = getelementptr float, float* %e, i64 %637
	store float %631, float* %638
	br label %639

639:
	%640 = add i32 %11, 2
	%641 = icmp slt i32 %613, %NQ
	%642 = icmp slt i32 %640, %NK
	%643 = and i1 %641, %642
	%644 = fmul float %262, 0x3FC7154760000000
	br i1 %643, label %645, label %652

645:
	%646 = mul i32 %3, %NQ
	%647 = add i32 %646, %613
	%648 = mul i32 %647, %NK
	%649 = add i32 %648, %640
	%650 = sext i32 %649 to i64
	%651 = getelementptr float, float* %e, i64 %650
	store float %644, float* %651
	br label %652

652:
	%653 = add i32 %11, 3
	%654 = icmp slt i32 %613, %NQ
	%655 = icmp slt i32 %653, %NK
	%656 = and i1 %654, %655
	%657 = fmul float %263, 0x3FC7154760000000
	br i1 %656, label %658, label %665

658:
	%659 = mul i32 %3, %NQ
	%660 = add i32 %659, %613
	%661 = mul i32 %660, %NK
	%662 = add i32 %661, %653
	%663 = sext i32 %662 to i64
	%664 = getelementptr float, float* %e, i64 %663
	store float %657, float* %664
	br label %665

665:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

declare i32 @llvm.nvvm.barrier0.or(i32 %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

define ptx_kernel void @best_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i16* %kbar, i16* %vbar, i8* %comp) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @best_attn2_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = lshr i32 %2, 5
	%4 = and i32 %2, 31
	%5 = lshr i32 %4, 2
	%6 = and i32 %4, 3
	%7 = sub i32 %NQ, 1
	%8 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%9 = sub i32 %7, %8
	%10 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%11 = sdiv i32 %10, %group
	%12 = mul i32 %9, 64
	%13 = mul i32 %10, %M
	%14 = mul i32 %13, 64
	%15 = sext i32 %14 to i64
	%16 = getelementptr i16, i16* %q, i64 %15
	%17 = mul i32 %11, %N
	%18 = mul i32 %17, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %k, i64 %19
	%21 = mul i32 %11, %N
	%22 = mul i32 %21, 64
	%23 = sext i32 %22 to i64
	%24 = getelementptr i16, i16* %v, i64 %23
	%25 = udiv i32 %10, %lh
	%26 = mul i32 %25, %NQ
	%27 = add i32 %26, %9
	%28 = mul i32 %27, 2
	%29 = mul i32 %28, %NK
	%30 = mul i32 %10, %ch
	%31 = mul i32 %30, %NQ
	%32 = add i32 %31, %9
	%33 = mul i32 %32, %NK
	%34 = mul i32 %11, %NK
	%35 = mul i32 %34, 64
	%36 = sext i32 %35 to i64
	%37 = getelementptr i16, i16* %kbar, i64 %36
	%38 = mul i32 %11, %NK
	%39 = mul i32 %38, 64
	%40 = sext i32 %39 to i64
	%41 = getelementptr i16, i16* %vbar, i64 %40
	%42 = mul i32 %10, %NQ
	%43 = add i32 %42, %9
	%44 = mul i32 %43, %NK
	%45 = add i32 %29, 0
	%46 = sext i32 %45 to i64
	%47 = getelementptr i32, i32* %list, i64 %46
	%48 = load i32, i32* %47
	%49 = icmp sgt i32 %NK, 0
	%50 = icmp sge i32 %48, 0
	%51 = and i1 %49, %50
	%52 = lshr i32 %2, 3
	%53 = and i32 %2, 7
	%54 = and i32 %52, 7
	%55 = xor i32 %53, %54
	%56 = mul i32 %52, 8
	%57 = add i32 %56, %55
	%58 = shl i32 %57, 4
	%59 = add i32 %0, %58
	%60 = add i32 %12, %52
	%61 = mul i32 %60, 64
	%62 = mul i32 %53, 8
	%63 = add i32 %61, %62
	%64 = sext i32 %63 to i64
	%65 = getelementptr i16, i16* %16, i64 %64
	%66 = add i32 %60, 0
	%67 = icmp slt i32 %66, %M
	%68 = getelementptr i16, i16* %65, i64 0
	%69 = select i1 %67, i16* %68, i16* %16
	%70 = add i32 %59, 0
	%71 = select i1 %67, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %70, i16* %69, i32 %71)
	%72 = add i32 %60, 16
	%73 = icmp slt i32 %72, %M
	%74 = getelementptr i16, i16* %65, i64 1024
	%75 = select i1 %73, i16* %74, i16* %16
	%76 = add i32 %59, 2048
	%77 = select i1 %73, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %76, i16* %75, i32 %77)
	%78 = add i32 %60, 32
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %65, i64 2048
	%81 = select i1 %79, i16* %80, i16* %16
	%82 = add i32 %59, u0x1000
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %60, 48
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %65, i64 3072
	%87 = select i1 %85, i16* %86, i16* %16
	%88 = add i32 %59, 6144
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %51, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%90 = and i32 %4, 7
	%91 = lshr i32 %4, 3
	%92 = and i32 %91, 1
	%93 = shl i32 %92, 3
	%94 = add i32 %90, %93
	%95 = lshr i32 %4, 4
	%96 = mul i32 %3, 16
	%97 = add i32 %94, 0
	%98 = add i32 %96, %97
	%99 = mul i32 %98, 128
	%100 = add i32 %0, %99
	%101 = and i32 %4, 7
	%102 = xor i32 %95, %101
	%103 = shl i32 %102, 4
	%104 = add i32 %100, %103
	%105 = xor i32 %104, 0
	%106 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %105)
	%107 = extractvalue { i32, i32, i32, i32 } %106, 0
	%108 = extractvalue { i32, i32, i32, i32 } %106, 1
	%109 = extractvalue { i32, i32, i32, i32 } %106, 2
	%110 = extractvalue { i32, i32, i32, i32 } %106, 3
	%111 = xor i32 %104, 32
	%112 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %111)
	%113 = extractvalue { i32, i32, i32, i32 } %112, 0
	%114 = extractvalue { i32, i32, i32, i32 } %112, 1
	%115 = extractvalue { i32, i32, i32, i32 } %112, 2
	%116 = extractvalue { i32, i32, i32, i32 } %112, 3
	%117 = xor i32 %104, 64
	%118 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %117)
	%119 = extractvalue { i32, i32, i32, i32 } %118, 0
	%120 = extractvalue { i32, i32, i32, i32 } %118, 1
	%121 = extractvalue { i32, i32, i32, i32 } %118, 2
	%122 = extractvalue { i32, i32, i32, i32 } %118, 3
	%123 = xor i32 %104, 96
	%124 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %123)
	%125 = extractvalue { i32, i32, i32, i32 } %124, 0
	%126 = extractvalue { i32, i32, i32, i32 } %124, 1
	%127 = extractvalue { i32, i32, i32, i32 } %124, 2
	%128 = extractvalue { i32, i32, i32, i32 } %124, 3
	call void @llvm.nvvm.barrier0()
	%129 = icmp sge i32 %48, %NK
	%130 = select i1 %129, i16* %37, i16* %20
	%131 = sub i32 %48, %NK
	%132 = select i1 %129, i32 %131, i32 %48
	%133 = mul i32 %132, 64
	%134 = select i1 %129, i32 %NK, i32 %N
	%135 = lshr i32 %2, 3
	%136 = and i32 %2, 7
	%137 = and i32 %135, 7
	%138 = xor i32 %136, %137
	%139 = mul i32 %135, 8
	%140 = add i32 %139, %138
	%141 = shl i32 %140, 4
	%142 = add i32 %0, %141
	%143 = add i32 %133, %135
	%144 = mul i32 %143, 64
	%145 = mul i32 %136, 8
	%146 = add i32 %144, %145
	%147 = sext i32 %146 to i64
	%148 = getelementptr i16, i16* %130, i64 %147
	%149 = add i32 %143, 0
	%150 = icmp slt i32 %149, %134
	%151 = getelementptr i16, i16* %148, i64 0
	%152 = select i1 %150, i16* %151, i16* %130
	%153 = add i32 %142, 0
	%154 = select i1 %150, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %153, i16* %152, i32 %154)
	%155 = add i32 %143, 16
	%156 = icmp slt i32 %155, %134
	%157 = getelementptr i16, i16* %148, i64 1024
	%158 = select i1 %156, i16* %157, i16* %130
	%159 = add i32 %142, 2048
	%160 = select i1 %156, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %159, i16* %158, i32 %160)
	%161 = add i32 %143, 32
	%162 = icmp slt i32 %161, %134
	%163 = getelementptr i16, i16* %148, i64 2048
	%164 = select i1 %162, i16* %163, i16* %130
	%165 = add i32 %142, u0x1000
	%166 = select i1 %162, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %165, i16* %164, i32 %166)
	%167 = add i32 %143, 48
	%168 = icmp slt i32 %167, %134
	%169 = getelementptr i16, i16* %148, i64 3072
	%170 = select i1 %168, i16* %169, i16* %130
	%171 = add i32 %142, 6144
	%172 = select i1 %168, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %171, i16* %170, i32 %172)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%173 = phi i32 [ 0, %prologue ], [ %1813, %pv ]
	%174 = phi i32 [ %48, %prologue ], [ %1820, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %2137, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %2138, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %2139, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %2140, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %2142, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %2143, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %2144, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %2145, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %2154, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %2155, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %2156, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %2157, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %2159, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %2160, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %2161, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %2162, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %2171, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %2172, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %2173, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %2174, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %2176, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %2177, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %2178, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %2179, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %2188, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %2189, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %2190, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %2191, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %2193, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %2194, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %2195, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %2196, %pv ]
	%207 = phi float [ 0xFFF0000000000000, %prologue ], [ %1683, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1737, %pv ]
	%209 = phi float [ 0xFFF0000000000000, %prologue ], [ %1758, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1812, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%211 = mul i32 %174, 64
	%212 = icmp sge i32 %174, %NK
	%213 = select i1 %212, i16* %41, i16* %24
	%214 = sub i32 %174, %NK
	%215 = select i1 %212, i32 %214, i32 %174
	%216 = mul i32 %215, 64
	%217 = select i1 %212, i32 %NK, i32 %N
	%218 = lshr i32 %2, 3
	%219 = and i32 %2, 7
	%220 = and i32 %218, 7
	%221 = xor i32 %219, %220
	%222 = mul i32 %218, 8
	%223 = add i32 %222, %221
	%224 = shl i32 %223, 4
	%225 = add i32 %1, %224
	%226 = add i32 %216, %218
	%227 = mul i32 %226, 64
	%228 = mul i32 %219, 8
	%229 = add i32 %227, %228
	%230 = sext i32 %229 to i64
	%231 = getelementptr i16, i16* %213, i64 %230
	%232 = add i32 %226, 0
	%233 = icmp slt i32 %232, %217
	%234 = getelementptr i16, i16* %231, i64 0
	%235 = select i1 %233, i16* %234, i16* %213
	%236 = add i32 %225, 0
	%237 = select i1 %233, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %236, i16* %235, i32 %237)
	%238 = add i32 %226, 16
	%239 = icmp slt i32 %238, %217
	%240 = getelementptr i16, i16* %231, i64 1024
	%241 = select i1 %239, i16* %240, i16* %213
	%242 = add i32 %225, 2048
	%243 = select i1 %239, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %242, i16* %241, i32 %243)
	%244 = add i32 %226, 32
	%245 = icmp slt i32 %244, %217
	%246 = getelementptr i16, i16* %231, i64 2048
	%247 = select i1 %245, i16* %246, i16* %213
	%248 = add i32 %225, u0x1000
	%249 = select i1 %245, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %248, i16* %247, i32 %249)
	%250 = add i32 %226, 48
	%251 = icmp slt i32 %250, %217
	%252 = getelementptr i16, i16* %231, i64 3072
	%253 = select i1 %251, i16* %252, i16* %213
	%254 = add i32 %225, 6144
	%255 = select i1 %251, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %254, i16* %253, i32 %255)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%256 = and i32 %4, 7
	%257 = shl i32 %95, 3
	%258 = add i32 %256, %257
	%259 = lshr i32 %4, 3
	%260 = and i32 %259, 1
	%261 = mul i32 %258, 128
	%262 = add i32 %0, %261
	%263 = and i32 %4, 7
	%264 = xor i32 %260, %263
	%265 = shl i32 %264, 4
	%266 = add i32 %262, %265
	%267 = xor i32 %266, 0
	%268 = add i32 %267, 0
	%269 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %268)
	%270 = extractvalue { i32, i32, i32, i32 } %269, 0
	%271 = extractvalue { i32, i32, i32, i32 } %269, 1
	%272 = extractvalue { i32, i32, i32, i32 } %269, 2
	%273 = extractvalue { i32, i32, i32, i32 } %269, 3
	%274 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %270, i32 %271, float 0.0, float 0.0, float 0.0, float 0.0)
	%275 = extractvalue { float, float, float, float } %274, 0
	%276 = extractvalue { float, float, float, float } %274, 1
	%277 = extractvalue { float, float, float, float } %274, 2
	%278 = extractvalue { float, float, float, float } %274, 3
	%279 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %272, i32 %273, float 0.0, float 0.0, float 0.0, float 0.0)
	%280 = extractvalue { float, float, float, float } %279, 0
	%281 = extractvalue { float, float, float, float } %279, 1
	%282 = extractvalue { float, float, float, float } %279, 2
	%283 = extractvalue { float, float, float, float } %279, 3
	%284 = add i32 %267, 2048
	%285 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %284)
	%286 = extractvalue { i32, i32, i32, i32 } %285, 0
	%287 = extractvalue { i32, i32, i32, i32 } %285, 1
	%288 = extractvalue { i32, i32, i32, i32 } %285, 2
	%289 = extractvalue { i32, i32, i32, i32 } %285, 3
	%290 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %286, i32 %287, float 0.0, float 0.0, float 0.0, float 0.0)
	%291 = extractvalue { float, float, float, float } %290, 0
	%292 = extractvalue { float, float, float, float } %290, 1
	%293 = extractvalue { float, float, float, float } %290, 2
	%294 = extractvalue { float, float, float, float } %290, 3
	%295 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %288, i32 %289, float 0.0, float 0.0, float 0.0, float 0.0)
	%296 = extractvalue { float, float, float, float } %295, 0
	%297 = extractvalue { float, float, float, float } %295, 1
	%298 = extractvalue { float, float, float, float } %295, 2
	%299 = extractvalue { float, float, float, float } %295, 3
	%300 = add i32 %267, u0x1000
	%301 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %300)
	%302 = extractvalue { i32, i32, i32, i32 } %301, 0
	%303 = extractvalue { i32, i32, i32, i32 } %301, 1
	%304 = extractvalue { i32, i32, i32, i32 } %301, 2
	%305 = extractvalue { i32, i32, i32, i32 } %301, 3
	%306 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %302, i32 %303, float 0.0, float 0.0, float 0.0, float 0.0)
	%307 = extractvalue { float, float, float, float } %306, 0
	%308 = extractvalue { float, float, float, float } %306, 1
	%309 = extractvalue { float, float, float, float } %306, 2
	%310 = extractvalue { float, float, float, float } %306, 3
	%311 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %304, i32 %305, float 0.0, float 0.0, float 0.0, float 0.0)
	%312 = extractvalue { float, float, float, float } %311, 0
	%313 = extractvalue { float, float, float, float } %311, 1
	%314 = extractvalue { float, float, float, float } %311, 2
	%315 = extractvalue { float, float, float, float } %311, 3
	%316 = add i32 %267, 6144
	%317 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %316)
	%318 = extractvalue { i32, i32, i32, i32 } %317, 0
	%319 = extractvalue { i32, i32, i32, i32 } %317, 1
	%320 = extractvalue { i32, i32, i32, i32 } %317, 2
	%321 = extractvalue { i32, i32, i32, i32 } %317, 3
	%322 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %318, i32 %319, float 0.0, float 0.0, float 0.0, float 0.0)
	%323 = extractvalue { float, float, float, float } %322, 0
	%324 = extractvalue { float, float, float, float } %322, 1
	%325 = extractvalue { float, float, float, float } %322, 2
	%326 = extractvalue { float, float, float, float } %322, 3
	%327 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %320, i32 %321, float 0.0, float 0.0, float 0.0, float 0.0)
	%328 = extractvalue { float, float, float, float } %327, 0
	%329 = extractvalue { float, float, float, float } %327, 1
	%330 = extractvalue { float, float, float, float } %327, 2
	%331 = extractvalue { float, float, float, float } %327, 3
	%332 = xor i32 %266, 32
	%333 = add i32 %332, 0
	%334 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %333)
	%335 = extractvalue { i32, i32, i32, i32 } %334, 0
	%336 = extractvalue { i32, i32, i32, i32 } %334, 1
	%337 = extractvalue { i32, i32, i32, i32 } %334, 2
	%338 = extractvalue { i32, i32, i32, i32 } %334, 3
	%339 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %335, i32 %336, float %275, float %276, float %277, float %278)
	%340 = extractvalue { float, float, float, float } %339, 0
	%341 = extractvalue { float, float, float, float } %339, 1
	%342 = extractvalue { float, float, float, float } %339, 2
	%343 = extractvalue { float, float, float, float } %339, 3
	%344 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %337, i32 %338, float %280, float %281, float %282, float %283)
	%345 = extractvalue { float, float, float, float } %344, 0
	%346 = extractvalue { float, float, float, float } %344, 1
	%347 = extractvalue { float, float, float, float } %344, 2
	%348 = extractvalue { float, float, float, float } %344, 3
	%349 = add i32 %332, 2048
	%350 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %349)
	%351 = extractvalue { i32, i32, i32, i32 } %350, 0
	%352 = extractvalue { i32, i32, i32, i32 } %350, 1
	%353 = extractvalue { i32, i32, i32, i32 } %350, 2
	%354 = extractvalue { i32, i32, i32, i32 } %350, 3
	%355 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %351, i32 %352, float %291, float %292, float %293, float %294)
	%356 = extractvalue { float, float, float, float } %355, 0
	%357 = extractvalue { float, float, float, float } %355, 1
	%358 = extractvalue { float, float, float, float } %355, 2
	%359 = extractvalue { float, float, float, float } %355, 3
	%360 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %353, i32 %354, float %296, float %297, float %298, float %299)
	%361 = extractvalue { float, float, float, float } %360, 0
	%362 = extractvalue { float, float, float, float } %360, 1
	%363 = extractvalue { float, float, float, float } %360, 2
	%364 = extractvalue { float, float, float, float } %360, 3
	%365 = add i32 %332, u0x1000
	%366 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %365)
	%367 = extractvalue { i32, i32, i32, i32 } %366, 0
	%368 = extractvalue { i32, i32, i32, i32 } %366, 1
	%369 = extractvalue { i32, i32, i32, i32 } %366, 2
	%370 = extractvalue { i32, i32, i32, i32 } %366, 3
	%371 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %367, i32 %368, float %307, float %308, float %309, float %310)
	%372 = extractvalue { float, float, float, float } %371, 0
	%373 = extractvalue { float, float, float, float } %371, 1
	%374 = extractvalue { float, float, float, float } %371, 2
	%375 = extractvalue { float, float, float, float } %371, 3
	%376 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %369, i32 %370, float %312, float %313, float %314, float %315)
	%377 = extractvalue { float, float, float, float } %376, 0
	%378 = extractvalue { float, float, float, float } %376, 1
	%379 = extractvalue { float, float, float, float } %376, 2
	%380 = extractvalue { float, float, float, float } %376, 3
	%381 = add i32 %332, 6144
	%382 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %381)
	%383 = extractvalue { i32, i32, i32, i32 } %382, 0
	%384 = extractvalue { i32, i32, i32, i32 } %382, 1
	%385 = extractvalue { i32, i32, i32, i32 } %382, 2
	%386 = extractvalue { i32, i32, i32, i32 } %382, 3
	%387 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %383, i32 %384, float %323, float %324, float %325, float %326)
	%388 = extractvalue { float, float, float, float } %387, 0
	%389 = extractvalue { float, float, float, float } %387, 1
	%390 = extractvalue { float, float, float, float } %387, 2
	%391 = extractvalue { float, float, float, float } %387, 3
	%392 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %385, i32 %386, float %328, float %329, float %330, float %331)
	%393 = extractvalue { float, float, float, float } %392, 0
	%394 = extractvalue { float, float, float, float } %392, 1
	%395 = extractvalue { float, float, float, float } %392, 2
	%396 = extractvalue { float, float, float, float } %392, 3
	%397 = xor i32 %266, 64
	%398 = add i32 %397, 0
	%399 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %398)
	%400 = extractvalue { i32, i32, i32, i32 } %399, 0
	%401 = extractvalue { i32, i32, i32, i32 } %399, 1
	%402 = extractvalue { i32, i32, i32, i32 } %399, 2
	%403 = extractvalue { i32, i32, i32, i32 } %399, 3
	%404 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %400, i32 %401, float %340, float %341, float %342, float %343)
	%405 = extractvalue { float, float, float, float } %404, 0
	%406 = extractvalue { float, float, float, float } %404, 1
	%407 = extractvalue { float, float, float, float } %404, 2
	%408 = extractvalue { float, float, float, float } %404, 3
	%409 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %402, i32 %403, float %345, float %346, float %347, float %348)
	%410 = extractvalue { float, float, float, float } %409, 0
	%411 = extractvalue { float, float, float, float } %409, 1
	%412 = extractvalue { float, float, float, float } %409, 2
	%413 = extractvalue { float, float, float, float } %409, 3
	%414 = add i32 %397, 2048
	%415 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %414)
	%416 = extractvalue { i32, i32, i32, i32 } %415, 0
	%417 = extractvalue { i32, i32, i32, i32 } %415, 1
	%418 = extractvalue { i32, i32, i32, i32 } %415, 2
	%419 = extractvalue { i32, i32, i32, i32 } %415, 3
	%420 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %416, i32 %417, float %356, float %357, float %358, float %359)
	%421 = extractvalue { float, float, float, float } %420, 0
	%422 = extractvalue { float, float, float, float } %420, 1
	%423 = extractvalue { float, float, float, float } %420, 2
	%424 = extractvalue { float, float, float, float } %420, 3
	%425 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %418, i32 %419, float %361, float %362, float %363, float %364)
	%426 = extractvalue { float, float, float, float } %425, 0
	%427 = extractvalue { float, float, float, float } %425, 1
	%428 = extractvalue { float, float, float, float } %425, 2
	%429 = extractvalue { float, float, float, float } %425, 3
	%430 = add i32 %397, u0x1000
	%431 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %430)
	%432 = extractvalue { i32, i32, i32, i32 } %431, 0
	%433 = extractvalue { i32, i32, i32, i32 } %431, 1
	%434 = extractvalue { i32, i32, i32, i32 } %431, 2
	%435 = extractvalue { i32, i32, i32, i32 } %431, 3
	%436 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %432, i32 %433, float %372, float %373, float %374, float %375)
	%437 = extractvalue { float, float, float, float } %436, 0
	%438 = extractvalue { float, float, float, float } %436, 1
	%439 = extractvalue { float, float, float, float } %436, 2
	%440 = extractvalue { float, float, float, float } %436, 3
	%441 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %434, i32 %435, float %377, float %378, float %379, float %380)
	%442 = extractvalue { float, float, float, float } %441, 0
	%443 = extractvalue { float, float, float, float } %441, 1
	%444 = extractvalue { float, float, float, float } %441, 2
	%445 = extractvalue { float, float, float, float } %441, 3
	%446 = add i32 %397, 6144
	%447 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %446)
	%448 = extractvalue { i32, i32, i32, i32 } %447, 0
	%449 = extractvalue { i32, i32, i32, i32 } %447, 1
	%450 = extractvalue { i32, i32, i32, i32 } %447, 2
	%451 = extractvalue { i32, i32, i32, i32 } %447, 3
	%452 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %448, i32 %449, float %388, float %389, float %390, float %391)
	%453 = extractvalue { float, float, float, float } %452, 0
	%454 = extractvalue { float, float, float, float } %452, 1
	%455 = extractvalue { float, float, float, float } %452, 2
	%456 = extractvalue { float, float, float, float } %452, 3
	%457 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %450, i32 %451, float %393, float %394, float %395, float %396)
	%458 = extractvalue { float, float, float, float } %457, 0
	%459 = extractvalue { float, float, float, float } %457, 1
	%460 = extractvalue { float, float, float, float } %457, 2
	%461 = extractvalue { float, float, float, float } %457, 3
	%462 = xor i32 %266, 96
	%463 = add i32 %462, 0
	%464 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %463)
	%465 = extractvalue { i32, i32, i32, i32 } %464, 0
	%466 = extractvalue { i32, i32, i32, i32 } %464, 1
	%467 = extractvalue { i32, i32, i32, i32 } %464, 2
	%468 = extractvalue { i32, i32, i32, i32 } %464, 3
	%469 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %465, i32 %466, float %405, float %406, float %407, float %408)
	%470 = extractvalue { float, float, float, float } %469, 0
	%471 = extractvalue { float, float, float, float } %469, 1
	%472 = extractvalue { float, float, float, float } %469, 2
	%473 = extractvalue { float, float, float, float } %469, 3
	%474 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %467, i32 %468, float %410, float %411, float %412, float %413)
	%475 = extractvalue { float, float, float, float } %474, 0
	%476 = extractvalue { float, float, float, float } %474, 1
	%477 = extractvalue { float, float, float, float } %474, 2
	%478 = extractvalue { float, float, float, float } %474, 3
	%479 = add i32 %462, 2048
	%480 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %479)
	%481 = extractvalue { i32, i32, i32, i32 } %480, 0
	%482 = extractvalue { i32, i32, i32, i32 } %480, 1
	%483 = extractvalue { i32, i32, i32, i32 } %480, 2
	%484 = extractvalue { i32, i32, i32, i32 } %480, 3
	%485 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %481, i32 %482, float %421, float %422, float %423, float %424)
	%486 = extractvalue { float, float, float, float } %485, 0
	%487 = extractvalue { float, float, float, float } %485, 1
	%488 = extractvalue { float, float, float, float } %485, 2
	%489 = extractvalue { float, float, float, float } %485, 3
	%490 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %483, i32 %484, float %426, float %427, float %428, float %429)
	%491 = extractvalue { float, float, float, float } %490, 0
	%492 = extractvalue { float, float, float, float } %490, 1
	%493 = extractvalue { float, float, float, float } %490, 2
	%494 = extractvalue { float, float, float, float } %490, 3
	%495 = add i32 %462, u0x1000
	%496 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %495)
	%497 = extractvalue { i32, i32, i32, i32 } %496, 0
	%498 = extractvalue { i32, i32, i32, i32 } %496, 1
	%499 = extractvalue { i32, i32, i32, i32 } %496, 2
	%500 = extractvalue { i32, i32, i32, i32 } %496, 3
	%501 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %497, i32 %498, float %437, float %438, float %439, float %440)
	%502 = extractvalue { float, float, float, float } %501, 0
	%503 = extractvalue { float, float, float, float } %501, 1
	%504 = extractvalue { float, float, float, float } %501, 2
	%505 = extractvalue { float, float, float, float } %501, 3
	%506 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %499, i32 %500, float %442, float %443, float %444, float %445)
	%507 = extractvalue { float, float, float, float } %506, 0
	%508 = extractvalue { float, float, float, float } %506, 1
	%509 = extractvalue { float, float, float, float } %506, 2
	%510 = extractvalue { float, float, float, float } %506, 3
	%511 = add i32 %462, 6144
	%512 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %511)
	%513 = extractvalue { i32, i32, i32, i32 } %512, 0
	%514 = extractvalue { i32, i32, i32, i32 } %512, 1
	%515 = extractvalue { i32, i32, i32, i32 } %512, 2
	%516 = extractvalue { i32, i32, i32, i32 } %512, 3
	%517 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %513, i32 %514, float %453, float %454, float %455, float %456)
	%518 = extractvalue { float, float, float, float } %517, 0
	%519 = extractvalue { float, float, float, float } %517, 1
	%520 = extractvalue { float, float, float, float } %517, 2
	%521 = extractvalue { float, float, float, float } %517, 3
	%522 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %515, i32 %516, float %458, float %459, float %460, float %461)
	%523 = extractvalue { float, float, float, float } %522, 0
	%524 = extractvalue { float, float, float, float } %522, 1
	%525 = extractvalue { float, float, float, float } %522, 2
	%526 = extractvalue { float, float, float, float } %522, 3
	%527 = mul i32 %3, 16
	%528 = add i32 %12, %527
	%529 = add i32 %5, 0
	%530 = add i32 %528, %529
	%531 = mul i32 %3, 16
	%532 = add i32 %12, %531
	%533 = add i32 %5, 8
	%534 = add i32 %532, %533
	%535 = sitofp i32 %10 to float
	%536 = icmp sge i32 %174, %NK
	%537 = select i1 %536, i32 0, i32 %174
	%538 = add i32 %33, %537
	%539 = sext i32 %538 to i64
	%540 = getelementptr i8, i8* %cls, i64 %539
	%541 = load i8, i8* %540
	%542 = icmp ne i8 %541, 2
	%543 = or i1 %542, %536
	br i1 %543, label %partial, label %softmax

epilogue:
	%544 = phi float [ 0.0, %entry ], [ %1737, %pv ]
	%545 = phi float [ 0.0, %entry ], [ %1812, %pv ]
	%546 = phi i32 [ 0, %entry ], [ %1813, %pv ]
	%547 = phi float [ 0.0, %entry ], [ %2137, %pv ]
	%548 = phi float [ 0.0, %entry ], [ %2138, %pv ]
	%549 = phi float [ 0.0, %entry ], [ %2139, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %2140, %pv ]
	%551 = phi float [ 0.0, %entry ], [ %2142, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %2143, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %2144, %pv ]
	%554 = phi float [ 0.0, %entry ], [ %2145, %pv ]
	%555 = phi float [ 0.0, %entry ], [ %2154, %pv ]
	%556 = phi float [ 0.0, %entry ], [ %2155, %pv ]
	%557 = phi float [ 0.0, %entry ], [ %2156, %pv ]
	%558 = phi float [ 0.0, %entry ], [ %2157, %pv ]
	%559 = phi float [ 0.0, %entry ], [ %2159, %pv ]
	%560 = phi float [ 0.0, %entry ], [ %2160, %pv ]
	%561 = phi float [ 0.0, %entry ], [ %2161, %pv ]
	%562 = phi float [ 0.0, %entry ], [ %2162, %pv ]
	%563 = phi float [ 0.0, %entry ], [ %2171, %pv ]
	%564 = phi float [ 0.0, %entry ], [ %2172, %pv ]
	%565 = phi float [ 0.0, %entry ], [ %2173, %pv ]
	%566 = phi float [ 0.0, %entry ], [ %2174, %pv ]
	%567 = phi float [ 0.0, %entry ], [ %2176, %pv ]
	%568 = phi float [ 0.0, %entry ], [ %2177, %pv ]
	%569 = phi float [ 0.0, %entry ], [ %2178, %pv ]
	%570 = phi float [ 0.0, %entry ], [ %2179, %pv ]
	%571 = phi float [ 0.0, %entry ], [ %2188, %pv ]
	%572 = phi float [ 0.0, %entry ], [ %2189, %pv ]
	%573 = phi float [ 0.0, %entry ], [ %2190, %pv ]
	%574 = phi float [ 0.0, %entry ], [ %2191, %pv ]
	%575 = phi float [ 0.0, %entry ], [ %2193, %pv ]
	%576 = phi float [ 0.0, %entry ], [ %2194, %pv ]
	%577 = phi float [ 0.0, %entry ], [ %2195, %pv ]
	%578 = phi float [ 0.0, %entry ], [ %2196, %pv ]
	%579 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %544, i32 1, i32 31)
	%580 = fadd float %544, %579
	%581 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %580, i32 2, i32 31)
	%582 = fadd float %580, %581
	%583 = fcmp ogt float %582, 0.0
	%584 = fdiv float 1.0, %582
	%585 = select i1 %583, float %584, float 0.0
	%586 = mul i32 %3, 16
	%587 = add i32 %12, %586
	%588 = add i32 %5, 0
	%589 = add i32 %587, %588
	%590 = fmul float %547, %585
	%591 = fmul float %548, %585
	%592 = fmul float %551, %585
	%593 = fmul float %552, %585
	%594 = fmul float %555, %585
	%595 = fmul float %556, %585
	%596 = fmul float %559, %585
	%597 = fmul float %560, %585
	%598 = fmul float %563, %585
	%599 = fmul float %564, %585
	%600 = fmul float %567, %585
	%601 = fmul float %568, %585
	%602 = fmul float %571, %585
	%603 = fmul float %572, %585
	%604 = fmul float %575, %585
	%605 = fmul float %576, %585
	%606 = icmp slt i32 %589, %M
	br i1 %606, label %store0, label %stored0

partial:
	%607 = shl i32 %6, 1
	%608 = add i32 0, %607
	%609 = add i32 %211, %608
	%610 = icmp slt i32 %609, %N
	%611 = select i1 %610, i32 %609, i32 0
	%612 = sitofp i32 %530 to float
	%613 = sitofp i32 %611 to float
	%614 = fcmp ole float %613, %612
	%615 = uitofp i1 %614 to float
	%616 = fcmp une float %615, 0.0
	%617 = and i1 %610, %616
	%618 = select i1 %617, float %470, float 0xFFF0000000000000
	%619 = mul i32 %NK, 64
	%620 = sub i32 %609, %619
	%621 = icmp ult i32 %620, %NK
	%622 = select i1 %621, i32 %620, i32 0
	%623 = add i32 %44, %622
	%624 = sext i32 %623 to i64
	%625 = getelementptr i8, i8* %comp, i64 %624
	%626 = load i8, i8* %625
	%627 = icmp ne i8 %626, 0
	%628 = and i1 %621, %627
	%629 = mul i32 %620, 64
	%630 = sub i32 %N, %629
	%631 = icmp slt i32 64, %630
	%632 = select i1 %631, i32 64, i32 %630
	%633 = sitofp i32 %632 to float
	%634 = call float @llvm.nvvm.lg2.approx.ftz.f(float %633)
	%635 = fmul float %634, 0x40162E4300000000
	%636 = fadd float %470, %635
	%637 = select i1 %628, float %636, float 0xFFF0000000000000
	%638 = select i1 %536, float %637, float %618
	%639 = shl i32 %6, 1
	%640 = add i32 1, %639
	%641 = add i32 %211, %640
	%642 = icmp slt i32 %641, %N
	%643 = select i1 %642, i32 %641, i32 0
	%644 = sitofp i32 %530 to float
	%645 = sitofp i32 %643 to float
	%646 = fcmp ole float %645, %644
	%647 = uitofp i1 %646 to float
	%648 = fcmp une float %647, 0.0
	%649 = and i1 %642, %648
	%650 = select i1 %649, float %471, float 0xFFF0000000000000
	%651 = mul i32 %NK, 64
	%652 = sub i32 %641, %651
	%653 = icmp ult i32 %652, %NK
	%654 = select i1 %653, i32 %652, i32 0
	%655 = add i32 %44, %654
	%656 = sext i32 %655 to i64
	%657 = getelementptr i8, i8* %comp, i64 %656
	%658 = load i8, i8* %657
	%659 = icmp ne i8 %658, 0
	%660 = and i1 %653, %659
	%661 = mul i32 %652, 64
	%662 = sub i32 %N, %661
	%663 = icmp slt i32 64, %662
	%664 = select i1 %663, i32 64, i32 %662
	%665 = sitofp i32 %664 to float
	%666 = call float @llvm.nvvm.lg2.approx.ftz.f(float %665)
	%667 = fmul float %666, 0x40162E4300000000
	%668 = fadd float %471, %667
	%669 = select i1 %660, float %668, float 0xFFF0000000000000
	%670 = select i1 %536, float %669, float %650
	%671 = shl i32 %6, 1
	%672 = add i32 0, %671
	%673 = add i32 %211, %672
	%674 = icmp slt i32 %673, %N
	%675 = select i1 %674, i32 %673, i32 0
	%676 = sitofp i32 %534 to float
	%677 = sitofp i32 %675 to float
	%678 = fcmp ole float %677, %676
	%679 = uitofp i1 %678 to float
	%680 = fcmp une float %679, 0.0
	%681 = and i1 %674, %680
	%682 = select i1 %681, float %472, float 0xFFF0000000000000
	%683 = mul i32 %NK, 64
	%684 = sub i32 %673, %683
	%685 = icmp ult i32 %684, %NK
	%686 = select i1 %685, i32 %684, i32 0
	%687 = add i32 %44, %686
	%688 = sext i32 %687 to i64
	%689 = getelementptr i8, i8* %comp, i64 %688
	%690 = load i8, i8* %689
	%691 = icmp ne i8 %690, 0
	%692 = and i1 %685, %691
	%693 = mul i32 %684, 64
	%694 = sub i32 %N, %693
	%695 = icmp slt i32 64, %694
	%696 = select i1 %695, i32 64, i32 %694
	%697 = sitofp i32 %696 to float
	%698 = call float @llvm.nvvm.lg2.approx.ftz.f(float %697)
	%699 = fmul float %698, 0x40162E4300000000
	%700 = fadd float %472, %699
	%701 = select i1 %692, float %700, float 0xFFF0000000000000
	%702 = select i1 %536, float %701, float %682
	%703 = shl i32 %6, 1
	%704 = add i32 1, %703
	%705 = add i32 %211, %704
	%706 = icmp slt i32 %705, %N
	%707 = select i1 %706, i32 %705, i32 0
	%708 = sitofp i32 %534 to float
	%709 = sitofp i32 %707 to float
	%710 = fcmp ole float %709, %708
	%711 = uitofp i1 %710 to float
	%712 = fcmp une float %711, 0.0
	%713 = and i1 %706, %712
	%714 = select i1 %713, float %473, float 0xFFF0000000000000
	%715 = mul i32 %NK, 64
	%716 = sub i32 %705, %715
	%717 = icmp ult i32 %716, %NK
	%718 = select i1 %717, i32 %716, i32 0
	%719 = add i32 %44, %718
	%720 = sext i32 %719 to i64
	%721 = getelementptr i8, i8* %comp, i64 %720
	%722 = load i8, i8* %721
	%723 = icmp ne i8 %722, 0
	%724 = and i1 %717, %723
	%725 = mul i32 %716, 64
	%726 = sub i32 %N, %725
	%727 = icmp slt i32 64, %726
	%728 = select i1 %727, i32 64, i32 %726
	%729 = sitofp i32 %728 to float
	%730 = call float @llvm.nvvm.lg2.approx.ftz.f(float %729)
	%731 = fmul float %730, 0x40162E4300000000
	%732 = fadd float %473, %731
	%733 = select i1 %724, float %732, float 0xFFF0000000000000
	%734 = select i1 %536, float %733, float %714
	%735 = shl i32 %6, 1
	%736 = add i32 8, %735
	%737 = add i32 %211, %736
	%738 = icmp slt i32 %737, %N
	%739 = select i1 %738, i32 %737, i32 0
	%740 = sitofp i32 %530 to float
	%741 = sitofp i32 %739 to float
	%742 = fcmp ole float %741, %740
	%743 = uitofp i1 %742 to float
	%744 = fcmp une float %743, 0.0
	%745 = and i1 %738, %744
	%746 = select i1 %745, float %475, float 0xFFF0000000000000
	%747 = mul i32 %NK, 64
	%748 = sub i32 %737, %747
	%749 = icmp ult i32 %748, %NK
	%750 = select i1 %749, i32 %748, i32 0
	%751 = add i32 %44, %750
	%752 = sext i32 %751 to i64
	%753 = getelementptr i8, i8* %comp, i64 %752
	%754 = load i8, i8* %753
	%755 = icmp ne i8 %754, 0
	%756 = and i1 %749, %755
	%757 = mul i32 %748, 64
	%758 = sub i32 %N, %757
	%759 = icmp slt i32 64, %758
	%760 = select i1 %759, i32 64, i32 %758
	%761 = sitofp i32 %760 to float
	%762 = call float @llvm.nvvm.lg2.approx.ftz.f(float %761)
	%763 = fmul float %762, 0x40162E4300000000
	%764 = fadd float %475, %763
	%765 = select i1 %756, float %764, float 0xFFF0000000000000
	%766 = select i1 %536, float %765, float %746
	%767 = shl i32 %6, 1
	%768 = add i32 9, %767
	%769 = add i32 %211, %768
	%770 = icmp slt i32 %769, %N
	%771 = select i1 %770, i32 %769, i32 0
	%772 = sitofp i32 %530 to float
	%773 = sitofp i32 %771 to float
	%774 = fcmp ole float %773, %772
	%775 = uitofp i1 %774 to float
	%776 = fcmp une float %775, 0.0
	%777 = and i1 %770, %776
	%778 = select i1 %777, float %476, float 0xFFF0000000000000
	%779 = mul i32 %NK, 64
	%780 = sub i32 %769, %779
	%781 = icmp ult i32 %780, %NK
	%782 = select i1 %781, i32 %780, i32 0
	%783 = add i32 %44, %782
	%784 = sext i32 %783 to i64
	%785 = getelementptr i8, i8* %comp, i64 %784
	%786 = load i8, i8* %785
	%787 = icmp ne i8 %786, 0
	%788 = and i1 %781, %787
	%789 = mul i32 %780, 64
	%790 = sub i32 %N, %789
	%791 = icmp slt i32 64, %790
	%792 = select i1 %791, i32 64, i32 %790
	%793 = sitofp i32 %792 to float
	%794 = call float @llvm.nvvm.lg2.approx.ftz.f(float %793)
	%795 = fmul float %794, 0x40162E4300000000
	%796 = fadd float %476, %795
	%797 = select i1 %788, float %796, float 0xFFF0000000000000
	%798 = select i1 %536, float %797, float %778
	%799 = shl i32 %6, 1
	%800 = add i32 8, %799
	%801 = add i32 %211, %800
	%802 = icmp slt i32 %801, %N
	%803 = select i1 %802, i32 %801, i32 0
	%804 = sitofp i32 %534 to float
	%805 = sitofp i32 %803 to float
	%806 = fcmp ole float %805, %804
	%807 = uitofp i1 %806 to float
	%808 = fcmp une float %807, 0.0
	%809 = and i1 %802, %808
	%810 = select i1 %809, float %477, float 0xFFF0000000000000
	%811 = mul i32 %NK, 64
	%812 = sub i32 %801, %811
	%813 = icmp ult i32 %812, %NK
	%814 = select i1 %813, i32 %812, i32 0
	%815 = add i32 %44, %814
	%816 = sext i32 %815 to i64
	%817 = getelementptr i8, i8* %comp, i64 %816
	%818 = load i8, i8* %817
	%819 = icmp ne i8 %818, 0
	%820 = and i1 %813, %819
	%821 = mul i32 %812, 64
	%822 = sub i32 %N, %821
	%823 = icmp slt i32 64, %822
	%824 = select i1 %823, i32 64, i32 %822
	%825 = sitofp i32 %824 to float
	%826 = call float @llvm.nvvm.lg2.approx.ftz.f(float %825)
	%827 = fmul float %826, 0x40162E4300000000
	%828 = fadd float %477, %827
	%829 = select i1 %820, float %828, float 0xFFF0000000000000
	%830 = select i1 %536, float %829, float %810
	%831 = shl i32 %6, 1
	%832 = add i32 9, %831
	%833 = add i32 %211, %832
	%834 = icmp slt i32 %833, %N
	%835 = select i1 %834, i32 %833, i32 0
	%836 = sitofp i32 %534 to float
	%837 = sitofp i32 %835 to float
	%838 = fcmp ole float %837, %836
	%839 = uitofp i1 %838 to float
	%840 = fcmp une float %839, 0.0
	%841 = and i1 %834, %840
	%842 = select i1 %841, float %478, float 0xFFF0000000000000
	%843 = mul i32 %NK, 64
	%844 = sub i32 %833, %843
	%845 = icmp ult i32 %844, %NK
	%846 = select i1 %845, i32 %844, i32 0
	%847 = add i32 %44, %846
	%848 = sext i32 %847 to i64
	%849 = getelementptr i8, i8* %comp, i64 %848
	%850 = load i8, i8* %849
	%851 = icmp ne i8 %850, 0
	%852 = and i1 %845, %851
	%853 = mul i32 %844, 64
	%854 = sub i32 %N, %853
	%855 = icmp slt i32 64, %854
	%856 = select i1 %855, i32 64, i32 %854
	%857 = sitofp i32 %856 to float
	%858 = call float @llvm.nvvm.lg2.approx.ftz.f(float %857)
	%859 = fmul float %858, 0x40162E4300000000
	%860 = fadd float %478, %859
	%861 = select i1 %852, float %860, float 0xFFF0000000000000
	%862 = select i1 %536, float %861, float %842
	%863 = shl i32 %6, 1
	%864 = add i32 16, %863
	%865 = add i32 %211, %864
	%866 = icmp slt i32 %865, %N
	%867 = select i1 %866, i32 %865, i32 0
	%868 = sitofp i32 %530 to float
	%869 = sitofp i32 %867 to float
	%870 = fcmp ole float %869, %868
	%871 = uitofp i1 %870 to float
	%872 = fcmp une float %871, 0.0
	%873 = and i1 %866, %872
	%874 = select i1 %873, float %486, float 0xFFF0000000000000
	%875 = mul i32 %NK, 64
	%876 = sub i32 %865, %875
	%877 = icmp ult i32 %876, %NK
	%878 = select i1 %877, i32 %876, i32 0
	%879 = add i32 %44, %878
	%880 = sext i32 %879 to i64
	%881 = getelementptr i8, i8* %comp, i64 %880
	%882 = load i8, i8* %881
	%883 = icmp ne i8 %882, 0
	%884 = and i1 %877, %883
	%885 = mul i32 %876, 64
	%886 = sub i32 %N, %885
	%887 = icmp slt i32 64, %886
	%888 = select i1 %887, i32 64, i32 %886
	%889 = sitofp i32 %888 to float
	%890 = call float @llvm.nvvm.lg2.approx.ftz.f(float %889)
	%891 = fmul float %890, 0x40162E4300000000
	%892 = fadd float %486, %891
	%893 = select i1 %884, float %892, float 0xFFF0000000000000
	%894 = select i1 %536, float %893, float %874
	%895 = shl i32 %6, 1
	%896 = add i32 17, %895
	%897 = add i32 %211, %896
	%898 = icmp slt i32 %897, %N
	%899 = select i1 %898, i32 %897, i32 0
	%900 = sitofp i32 %530 to float
	%901 = sitofp i32 %899 to float
	%902 = fcmp ole float %901, %900
	%903 = uitofp i1 %902 to float
	%904 = fcmp une float %903, 0.0
	%905 = and i1 %898, %904
	%906 = select i1 %905, float %487, float 0xFFF0000000000000
	%907 = mul i32 %NK, 64
	%908 = sub i32 %897, %907
	%909 = icmp ult i32 %908, %NK
	%910 = select i1 %909, i32 %908, i32 0
	%911 = add i32 %44, %910
	%912 = sext i32 %911 to i64
	%913 = getelementptr i8, i8* %comp, i64 %912
	%914 = load i8, i8* %913
	%915 = icmp ne i8 %914, 0
	%916 = and i1 %909, %915
	%917 = mul i32 %908, 64
	%918 = sub i32 %N, %917
	%919 = icmp slt i32 64, %918
	%920 = select i1 %919, i32 64, i32 %918
	%921 = sitofp i32 %920 to float
	%922 = call float @llvm.nvvm.lg2.approx.ftz.f(float %921)
	%923 = fmul float %922, 0x40162E4300000000
	%924 = fadd float %487, %923
	%925 = select i1 %916, float %924, float 0xFFF0000000000000
	%926 = select i1 %536, float %925, float %906
	%927 = shl i32 %6, 1
	%928 = add i32 16, %927
	%929 = add i32 %211, %928
	%930 = icmp slt i32 %929, %N
	%931 = select i1 %930, i32 %929, i32 0
	%932 = sitofp i32 %534 to float
	%933 = sitofp i32 %931 to float
	%934 = fcmp ole float %933, %932
	%935 = uitofp i1 %934 to float
	%936 = fcmp une float %935, 0.0
	%937 = and i1 %930, %936
	%938 = select i1 %937, float %488, float 0xFFF0000000000000
	%939 = mul i32 %NK, 64
	%940 = sub i32 %929, %939
	%941 = icmp ult i32 %940, %NK
	%942 = select i1 %941, i32 %940, i32 0
	%943 = add i32 %44, %942
	%944 = sext i32 %943 to i64
	%945 = getelementptr i8, i8* %comp, i64 %944
	%946 = load i8, i8* %945
	%947 = icmp ne i8 %946, 0
	%948 = and i1 %941, %947
	%949 = mul i32 %940, 64
	%950 = sub i32 %N, %949
	%951 = icmp slt i32 64, %950
	%952 = select i1 %951, i32 64, i32 %950
	%953 = sitofp i32 %952 to float
	%954 = call float @llvm.nvvm.lg2.approx.ftz.f(float %953)
	%955 = fmul float %954, 0x40162E4300000000
	%956 = fadd float %488, %955
	%957 = select i1 %948, float %956, float 0xFFF0000000000000
	%958 = select i1 %536, float %957, float %938
	%959 = shl i32 %6, 1
	%960 = add i32 17, %959
	%961 = add i32 %211, %960
	%962 = icmp slt i32 %961, %N
	%963 = select i1 %962, i32 %961, i32 0
	%964 = sitofp i32 %534 to float
	%965 = sitofp i32 %963 to float
	%966 = fcmp ole float %965, %964
	%967 = uitofp i1 %966 to float
	%968 = fcmp une float %967, 0.0
	%969 = and i1 %962, %968
	%970 = select i1 %969, float %489, float 0xFFF0000000000000
	%971 = mul i32 %NK, 64
	%972 = sub i32 %961, %971
	%973 = icmp ult i32 %972, %NK
	%974 = select i1 %973, i32 %972, i32 0
	%975 = add i32 %44, %974
	%976 = sext i32 %975 to i64
	%977 = getelementptr i8, i8* %comp, i64 %976
	%978 = load i8, i8* %977
	%979 = icmp ne i8 %978, 0
	%980 = and i1 %973, %979
	%981 = mul i32 %972, 64
	%982 = sub i32 %N, %981
	%983 = icmp slt i32 64, %982
	%984 = select i1 %983, i32 64, i32 %982
	%985 = sitofp i32 %984 to float
	%986 = call float @llvm.nvvm.lg2.approx.ftz.f(float %985)
	%987 = fmul float %986, 0x40162E4300000000
	%988 = fadd float %489, %987
	%989 = select i1 %980, float %988, float 0xFFF0000000000000
	%990 = select i1 %536, float %989, float %970
	%991 = shl i32 %6, 1
	%992 = add i32 24, %991
	%993 = add i32 %211, %992
	%994 = icmp slt i32 %993, %N
	%995 = select i1 %994, i32 %993, i32 0
	%996 = sitofp i32 %530 to float
	%997 = sitofp i32 %995 to float
	%998 = fcmp ole float %997, %996
	%999 = uitofp i1 %998 to float
	%1000 = fcmp une float %999, 0.0
	%1001 = and i1 %994, %1000
	%1002 = select i1 %1001, float %491, float 0xFFF0000000000000
	%1003 = mul i32 %NK, 64
	%1004 = sub i32 %993, %1003
	%1005 = icmp ult i32 %1004, %NK
	%1006 = select i1 %1005, i32 %1004, i32 0
	%1007 = add i32 %44, %1006
	%1008 = sext i32 %1007 to i64
	%1009 = getelementptr i8, i8* %comp, i64 %1008
	%1010 = load i8, i8* %1009
	%1011 = icmp ne i8 %1010, 0
	%1012 = and i1 %1005, %1011
	%1013 = mul i32 %1004, 64
	%1014 = sub i32 %N, %1013
	%1015 = icmp slt i32 64, %1014
	%1016 = select i1 %1015, i32 64, i32 %1014
	%1017 = sitofp i32 %1016 to float
	%1018 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1017)
	%1019 = fmul float %1018, 0x40162E4300000000
	%1020 = fadd float %491, %1019
	%1021 = select i1 %1012, float %1020, float 0xFFF0000000000000
	%1022 = select i1 %536, float %1021, float %1002
	%1023 = shl i32 %6, 1
	%1024 = add i32 25, %1023
	%1025 = add i32 %211, %1024
	%1026 = icmp slt i32 %1025, %N
	%1027 = select i1 %1026, i32 %1025, i32 0
	%1028 = sitofp i32 %530 to float
	%1029 = sitofp i32 %1027 to float
	%1030 = fcmp ole float %1029, %1028
	%1031 = uitofp i1 %1030 to float
	%1032 = fcmp une float %1031, 0.0
	%1033 = and i1 %1026, %1032
	%1034 = select i1 %1033, float %492, float 0xFFF0000000000000
	%1035 = mul i32 %NK, 64
	%1036 = sub i32 %1025, %1035
	%1037 = icmp ult i32 %1036, %NK
	%1038 = select i1 %1037, i32 %1036, i32 0
	%1039 = add i32 %44, %1038
	%1040 = sext i32 %1039 to i64
	%1041 = getelementptr i8, i8* %comp, i64 %1040
	%1042 = load i8, i8* %1041
	%1043 = icmp ne i8 %1042, 0
	%1044 = and i1 %1037, %1043
	%1045 = mul i32 %1036, 64
	%1046 = sub i32 %N, %1045
	%1047 = icmp slt i32 64, %1046
	%1048 = select i1 %1047, i32 64, i32 %1046
	%1049 = sitofp i32 %1048 to float
	%1050 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1049)
	%1051 = fmul float %1050, 0x40162E4300000000
	%1052 = fadd float %492, %1051
	%1053 = select i1 %1044, float %1052, float 0xFFF0000000000000
	%1054 = select i1 %536, float %1053, float %1034
	%1055 = shl i32 %6, 1
	%1056 = add i32 24, %1055
	%1057 = add i32 %211, %1056
	%1058 = icmp slt i32 %1057, %N
	%1059 = select i1 %1058, i32 %1057, i32 0
	%1060 = sitofp i32 %534 to float
	%1061 = sitofp i32 %1059 to float
	%1062 = fcmp ole float %1061, %1060
	%1063 = uitofp i1 %1062 to float
	%1064 = fcmp une float %1063, 0.0
	%1065 = and i1 %1058, %1064
	%1066 = select i1 %1065, float %493, float 0xFFF0000000000000
	%1067 = mul i32 %NK, 64
	%1068 = sub i32 %1057, %1067
	%1069 = icmp ult i32 %1068, %NK
	%1070 = select i1 %1069, i32 %1068, i32 0
	%1071 = add i32 %44, %1070
	%1072 = sext i32 %1071 to i64
	%1073 = getelementptr i8, i8* %comp, i64 %1072
	%1074 = load i8, i8* %1073
	%1075 = icmp ne i8 %1074, 0
	%1076 = and i1 %1069, %1075
	%1077 = mul i32 %1068, 64
	%1078 = sub i32 %N, %1077
	%1079 = icmp slt i32 64, %1078
	%1080 = select i1 %1079, i32 64, i32 %1078
	%1081 = sitofp i32 %1080 to float
	%1082 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1081)
	%1083 = fmul float %1082, 0x40162E4300000000
	%1084 = fadd float %493, %1083
	%1085 = select i1 %1076, float %1084, float 0xFFF0000000000000
	%1086 = select i1 %536, float %1085, float %1066
	%1087 = shl i32 %6, 1
	%1088 = add i32 25, %1087
	%1089 = add i32 %211, %1088
	%1090 = icmp slt i32 %1089, %N
	%1091 = select i1 %1090, i32 %1089, i32 0
	%1092 = sitofp i32 %534 to float
	%1093 = sitofp i32 %1091 to float
	%1094 = fcmp ole float %1093, %1092
	%1095 = uitofp i1 %1094 to float
	%1096 = fcmp une float %1095, 0.0
	%1097 = and i1 %1090, %1096
	%1098 = select i1 %1097, float %494, float 0xFFF0000000000000
	%1099 = mul i32 %NK, 64
	%1100 = sub i32 %1089, %1099
	%1101 = icmp ult i32 %1100, %NK
	%1102 = select i1 %1101, i32 %1100, i32 0
	%1103 = add i32 %44, %1102
	%1104 = sext i32 %1103 to i64
	%1105 = getelementptr i8, i8* %comp, i64 %1104
	%1106 = load i8, i8* %1105
	%1107 = icmp ne i8 %1106, 0
	%1108 = and i1 %1101, %1107
	%1109 = mul i32 %1100, 64
	%1110 = sub i32 %N, %1109
	%1111 = icmp slt i32 64, %1110
	%1112 = select i1 %1111, i32 64, i32 %1110
	%1113 = sitofp i32 %1112 to float
	%1114 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1113)
	%1115 = fmul float %1114, 0x40162E4300000000
	%1116 = fadd float %494, %1115
	%1117 = select i1 %1108, float %1116, float 0xFFF0000000000000
	%1118 = select i1 %536, float %1117, float %1098
	%1119 = shl i32 %6, 1
	%1120 = add i32 32, %1119
	%1121 = add i32 %211, %1120
	%1122 = icmp slt i32 %1121, %N
	%1123 = select i1 %1122, i32 %1121, i32 0
	%1124 = sitofp i32 %530 to float
	%1125 = sitofp i32 %1123 to float
	%1126 = fcmp ole float %1125, %1124
	%1127 = uitofp i1 %1126 to float
	%1128 = fcmp une float %1127, 0.0
	%1129 = and i1 %1122, %1128
	%1130 = select i1 %1129, float %502, float 0xFFF0000000000000
	%1131 = mul i32 %NK, 64
	%1132 = sub i32 %1121, %1131
	%1133 = icmp ult i32 %1132, %NK
	%1134 = select i1 %1133, i32 %1132, i32 0
	%1135 = add i32 %44, %1134
	%1136 = sext i32 %1135 to i64
	%1137 = getelementptr i8, i8* %comp, i64 %1136
	%1138 = load i8, i8* %1137
	%1139 = icmp ne i8 %1138, 0
	%1140 = and i1 %1133, %1139
	%1141 = mul i32 %1132, 64
	%1142 = sub i32 %N, %1141
	%1143 = icmp slt i32 64, %1142
	%1144 = select i1 %1143, i32 64, i32 %1142
	%1145 = sitofp i32 %1144 to float
	%1146 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1145)
	%1147 = fmul float %1146, 0x40162E4300000000
	%1148 = fadd float %502, %1147
	%1149 = select i1 %1140, float %1148, float 0xFFF0000000000000
	%1150 = select i1 %536, float %1149, float %1130
	%1151 = shl i32 %6, 1
	%1152 = add i32 33, %1151
	%1153 = add i32 %211, %1152
	%1154 = icmp slt i32 %1153, %N
	%1155 = select i1 %1154, i32 %1153, i32 0
	%1156 = sitofp i32 %530 to float
	%1157 = sitofp i32 %1155 to float
	%1158 = fcmp ole float %1157, %1156
	%1159 = uitofp i1 %1158 to float
	%1160 = fcmp une float %1159, 0.0
	%1161 = and i1 %1154, %1160
	%1162 = select i1 %1161, float %503, float 0xFFF0000000000000
	%1163 = mul i32 %NK, 64
	%1164 = sub i32 %1153, %1163
	%1165 = icmp ult i32 %1164, %NK
	%1166 = select i1 %1165, i32 %1164, i32 0
	%1167 = add i32 %44, %1166
	%1168 = sext i32 %1167 to i64
	%1169 = getelementptr i8, i8* %comp, i64 %1168
	%1170 = load i8, i8* %1169
	%1171 = icmp ne i8 %1170, 0
	%1172 = and i1 %1165, %1171
	%1173 = mul i32 %1164, 64
	%1174 = sub i32 %N, %1173
	%1175 = icmp slt i32 64, %1174
	%1176 = select i1 %1175, i32 64, i32 %1174
	%1177 = sitofp i32 %1176 to float
	%1178 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1177)
	%1179 = fmul float %1178, 0x40162E4300000000
	%1180 = fadd float %503, %1179
	%1181 = select i1 %1172, float %1180, float 0xFFF0000000000000
	%1182 = select i1 %536, float %1181, float %1162
	%1183 = shl i32 %6, 1
	%1184 = add i32 32, %1183
	%1185 = add i32 %211, %1184
	%1186 = icmp slt i32 %1185, %N
	%1187 = select i1 %1186, i32 %1185, i32 0
	%1188 = sitofp i32 %534 to float
	%1189 = sitofp i32 %1187 to float
	%1190 = fcmp ole float %1189, %1188
	%1191 = uitofp i1 %1190 to float
	%1192 = fcmp une float %1191, 0.0
	%1193 = and i1 %1186, %1192
	%1194 = select i1 %1193, float %504, float 0xFFF0000000000000
	%1195 = mul i32 %NK, 64
	%1196 = sub i32 %1185, %1195
	%1197 = icmp ult i32 %1196, %NK
	%1198 = select i1 %1197, i32 %1196, i32 0
	%1199 = add i32 %44, %1198
	%1200 = sext i32 %1199 to i64
	%1201 = getelementptr i8, i8* %comp, i64 %1200
	%1202 = load i8, i8* %1201
	%1203 = icmp ne i8 %1202, 0
	%1204 = and i1 %1197, %1203
	%1205 = mul i32 %1196, 64
	%1206 = sub i32 %N, %1205
	%1207 = icmp slt i32 64, %1206
	%1208 = select i1 %1207, i32 64, i32 %1206
	%1209 = sitofp i32 %1208 to float
	%1210 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1209)
	%1211 = fmul float %1210, 0x40162E4300000000
	%1212 = fadd float %504, %1211
	%1213 = select i1 %1204, float %1212, float 0xFFF0000000000000
	%1214 = select i1 %536, float %1213, float %1194
	%1215 = shl i32 %6, 1
	%1216 = add i32 33, %1215
	%1217 = add i32 %211, %1216
	%1218 = icmp slt i32 %1217, %N
	%1219 = select i1 %1218, i32 %1217, i32 0
	%1220 = sitofp i32 %534 to float
	%1221 = sitofp i32 %1219 to float
	%1222 = fcmp ole float %1221, %1220
	%1223 = uitofp i1 %1222 to float
	%1224 = fcmp une float %1223, 0.0
	%1225 = and i1 %1218, %1224
	%1226 = select i1 %1225, float %505, float 0xFFF0000000000000
	%1227 = mul i32 %NK, 64
	%1228 = sub i32 %1217, %1227
	%1229 = icmp ult i32 %1228, %NK
	%1230 = select i1 %1229, i32 %1228, i32 0
	%1231 = add i32 %44, %1230
	%1232 = sext i32 %1231 to i64
	%1233 = getelementptr i8, i8* %comp, i64 %1232
	%1234 = load i8, i8* %1233
	%1235 = icmp ne i8 %1234, 0
	%1236 = and i1 %1229, %1235
	%1237 = mul i32 %1228, 64
	%1238 = sub i32 %N, %1237
	%1239 = icmp slt i32 64, %1238
	%1240 = select i1 %1239, i32 64, i32 %1238
	%1241 = sitofp i32 %1240 to float
	%1242 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1241)
	%1243 = fmul float %1242, 0x40162E4300000000
	%1244 = fadd float %505, %1243
	%1245 = select i1 %1236, float %1244, float 0xFFF0000000000000
	%1246 = select i1 %536, float %1245, float %1226
	%1247 = shl i32 %6, 1
	%1248 = add i32 40, %1247
	%1249 = add i32 %211, %1248
	%1250 = icmp slt i32 %1249, %N
	%1251 = select i1 %1250, i32 %1249, i32 0
	%1252 = sitofp i32 %530 to float
	%1253 = sitofp i32 %1251 to float
	%1254 = fcmp ole float %1253, %1252
	%1255 = uitofp i1 %1254 to float
	%1256 = fcmp une float %1255, 0.0
	%1257 = and i1 %1250, %1256
	%1258 = select i1 %1257, float %507, float 0xFFF0000000000000
	%1259 = mul i32 %NK, 64
	%1260 = sub i32 %1249, %1259
	%1261 = icmp ult i32 %1260, %NK
	%1262 = select i1 %1261, i32 %1260, i32 0
	%1263 = add i32 %44, %1262
	%1264 = sext i32 %1263 to i64
	%1265 = getelementptr i8, i8* %comp, i64 %1264
	%1266 = load i8, i8* %1265
	%1267 = icmp ne i8 %1266, 0
	%1268 = and i1 %1261, %1267
	%1269 = mul i32 %1260, 64
	%1270 = sub i32 %N, %1269
	%1271 = icmp slt i32 64, %1270
	%1272 = select i1 %1271, i32 64, i32 %1270
	%1273 = sitofp i32 %1272 to float
	%1274 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1273)
	%1275 = fmul float %1274, 0x40162E4300000000
	%1276 = fadd float %507, %1275
	%1277 = select i1 %1268, float %1276, float 0xFFF0000000000000
	%1278 = select i1 %536, float %1277, float %1258
	%1279 = shl i32 %6, 1
	%1280 = add i32 41, %1279
	%1281 = add i32 %211, %1280
	%1282 = icmp slt i32 %1281, %N
	%1283 = select i1 %1282, i32 %1281, i32 0
	%1284 = sitofp i32 %530 to float
	%1285 = sitofp i32 %1283 to float
	%1286 = fcmp ole float %1285, %1284
	%1287 = uitofp i1 %1286 to float
	%1288 = fcmp une float %1287, 0.0
	%1289 = and i1 %1282, %1288
	%1290 = select i1 %1289, float %508, float 0xFFF0000000000000
	%1291 = mul i32 %NK, 64
	%1292 = sub i32 %1281, %1291
	%1293 = icmp ult i32 %1292, %NK
	%1294 = select i1 %1293, i32 %1292, i32 0
	%1295 = add i32 %44, %1294
	%1296 = sext i32 %1295 to i64
	%1297 = getelementptr i8, i8* %comp, i64 %1296
	%1298 = load i8, i8* %1297
	%1299 = icmp ne i8 %1298, 0
	%1300 = and i1 %1293, %1299
	%1301 = mul i32 %1292, 64
	%1302 = sub i32 %N, %1301
	%1303 = icmp slt i32 64, %1302
	%1304 = select i1 %1303, i32 64, i32 %1302
	%1305 = sitofp i32 %1304 to float
	%1306 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1305)
	%1307 = fmul float %1306, 0x40162E4300000000
	%1308 = fadd float %508, %1307
	%1309 = select i1 %1300, float %1308, float 0xFFF0000000000000
	%1310 = select i1 %536, float %1309, float %1290
	%1311 = shl i32 %6, 1
	%1312 = add i32 40, %1311
	%1313 = add i32 %211, %1312
	%1314 = icmp slt i32 %1313, %N
	%1315 = select i1 %1314, i32 %1313, i32 0
	%1316 = sitofp i32 %534 to float
	%1317 = sitofp i32 %1315 to float
	%1318 = fcmp ole float %1317, %1316
	%1319 = uitofp i1 %1318 to float
	%1320 = fcmp une float %1319, 0.0
	%1321 = and i1 %1314, %1320
	%1322 = select i1 %1321, float %509, float 0xFFF0000000000000
	%1323 = mul i32 %NK, 64
	%1324 = sub i32 %1313, %1323
	%1325 = icmp ult i32 %1324, %NK
	%1326 = select i1 %1325, i32 %1324, i32 0
	%1327 = add i32 %44, %1326
	%1328 = sext i32 %1327 to i64
	%1329 = getelementptr i8, i8* %comp, i64 %1328
	%1330 = load i8, i8* %1329
	%1331 = icmp ne i8 %1330, 0
	%1332 = and i1 %1325, %1331
	%1333 = mul i32 %1324, 64
	%1334 = sub i32 %N, %1333
	%1335 = icmp slt i32 64, %1334
	%1336 = select i1 %1335, i32 64, i32 %1334
	%1337 = sitofp i32 %1336 to float
	%1338 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1337)
	%1339 = fmul float %1338, 0x40162E4300000000
	%1340 = fadd float %509, %1339
	%1341 = select i1 %1332, float %1340, float 0xFFF0000000000000
	%1342 = select i1 %536, float %1341, float %1322
	%1343 = shl i32 %6, 1
	%1344 = add i32 41, %1343
	%1345 = add i32 %211, %1344
	%1346 = icmp slt i32 %1345, %N
	%1347 = select i1 %1346, i32 %1345, i32 0
	%1348 = sitofp i32 %534 to float
	%1349 = sitofp i32 %1347 to float
	%1350 = fcmp ole float %1349, %1348
	%1351 = uitofp i1 %1350 to float
	%1352 = fcmp une float %1351, 0.0
	%1353 = and i1 %1346, %1352
	%1354 = select i1 %1353, float %510, float 0xFFF0000000000000
	%1355 = mul i32 %NK, 64
	%1356 = sub i32 %1345, %1355
	%1357 = icmp ult i32 %1356, %NK
	%1358 = select i1 %1357, i32 %1356, i32 0
	%1359 = add i32 %44, %1358
	%1360 = sext i32 %1359 to i64
	%1361 = getelementptr i8, i8* %comp, i64 %1360
	%1362 = load i8, i8* %1361
	%1363 = icmp ne i8 %1362, 0
	%1364 = and i1 %1357, %1363
	%1365 = mul i32 %1356, 64
	%1366 = sub i32 %N, %1365
	%1367 = icmp slt i32 64, %1366
	%1368 = select i1 %1367, i32 64, i32 %1366
	%1369 = sitofp i32 %1368 to float
	%1370 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1369)
	%1371 = fmul float %1370, 0x40162E4300000000
	%1372 = fadd float %510, %1371
	%1373 = select i1 %1364, float %1372, float 0xFFF0000000000000
	%1374 = select i1 %536, float %1373, float %1354
	%1375 = shl i32 %6, 1
	%1376 = add i32 48, %1375
	%1377 = add i32 %211, %1376
	%1378 = icmp slt i32 %1377, %N
	%1379 = select i1 %1378, i32 %1377, i32 0
	%1380 = sitofp i32 %530 to float
	%1381 = sitofp i32 %1379 to float
	%1382 = fcmp ole float %1381, %1380
	%1383 = uitofp i1 %1382 to float
	%1384 = fcmp une float %1383, 0.0
	%1385 = and i1 %1378, %1384
	%1386 = select i1 %1385, float %518, float 0xFFF0000000000000
	%1387 = mul i32 %NK, 64
	%1388 = sub i32 %1377, %1387
	%1389 = icmp ult i32 %1388, %NK
	%1390 = select i1 %1389, i32 %1388, i32 0
	%1391 = add i32 %44, %1390
	%1392 = sext i32 %1391 to i64
	%1393 = getelementptr i8, i8* %comp, i64 %1392
	%1394 = load i8, i8* %1393
	%1395 = icmp ne i8 %1394, 0
	%1396 = and i1 %1389, %1395
	%1397 = mul i32 %1388, 64
	%1398 = sub i32 %N, %1397
	%1399 = icmp slt i32 64, %1398
	%1400 = select i1 %1399, i32 64, i32 %1398
	%1401 = sitofp i32 %1400 to float
	%1402 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1401)
	%1403 = fmul float %1402, 0x40162E4300000000
	%1404 = fadd float %518, %1403
	%1405 = select i1 %1396, float %1404, float 0xFFF0000000000000
	%1406 = select i1 %536, float %1405, float %1386
	%1407 = shl i32 %6, 1
	%1408 = add i32 49, %1407
	%1409 = add i32 %211, %1408
	%1410 = icmp slt i32 %1409, %N
	%1411 = select i1 %1410, i32 %1409, i32 0
	%1412 = sitofp i32 %530 to float
	%1413 = sitofp i32 %1411 to float
	%1414 = fcmp ole float %1413, %1412
	%1415 = uitofp i1 %1414 to float
	%1416 = fcmp une float %1415, 0.0
	%1417 = and i1 %1410, %1416
	%1418 = select i1 %1417, float %519, float 0xFFF0000000000000
	%1419 = mul i32 %NK, 64
	%1420 = sub i32 %1409, %1419
	%1421 = icmp ult i32 %1420, %NK
	%1422 = select i1 %1421, i32 %1420, i32 0
	%1423 = add i32 %44, %1422
	%1424 = sext i32 %1423 to i64
	%1425 = getelementptr i8, i8* %comp, i64 %1424
	%1426 = load i8, i8* %1425
	%1427 = icmp ne i8 %1426, 0
	%1428 = and i1 %1421, %1427
	%1429 = mul i32 %1420, 64
	%1430 = sub i32 %N, %1429
	%1431 = icmp slt i32 64, %1430
	%1432 = select i1 %1431, i32 64, i32 %1430
	%1433 = sitofp i32 %1432 to float
	%1434 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1433)
	%1435 = fmul float %1434, 0x40162E4300000000
	%1436 = fadd float %519, %1435
	%1437 = select i1 %1428, float %1436, float 0xFFF0000000000000
	%1438 = select i1 %536, float %1437, float %1418
	%1439 = shl i32 %6, 1
	%1440 = add i32 48, %1439
	%1441 = add i32 %211, %1440
	%1442 = icmp slt i32 %1441, %N
	%1443 = select i1 %1442, i32 %1441, i32 0
	%1444 = sitofp i32 %534 to float
	%1445 = sitofp i32 %1443 to float
	%1446 = fcmp ole float %1445, %1444
	%1447 = uitofp i1 %1446 to float
	%1448 = fcmp une float %1447, 0.0
	%1449 = and i1 %1442, %1448
	%1450 = select i1 %1449, float %520, float 0xFFF0000000000000
	%1451 = mul i32 %NK, 64
	%1452 = sub i32 %1441, %1451
	%1453 = icmp ult i32 %1452, %NK
	%1454 = select i1 %1453, i32 %1452, i32 0
	%1455 = add i32 %44, %1454
	%1456 = sext i32 %1455 to i64
	%1457 = getelementptr i8, i8* %comp, i64 %1456
	%1458 = load i8, i8* %1457
	%1459 = icmp ne i8 %1458, 0
	%1460 = and i1 %1453, %1459
	%1461 = mul i32 %1452, 64
	%1462 = sub i32 %N, %1461
	%1463 = icmp slt i32 64, %1462
	%1464 = select i1 %1463, i32 64, i32 %1462
	%1465 = sitofp i32 %1464 to float
	%1466 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1465)
	%1467 = fmul float %1466, 0x40162E4300000000
	%1468 = fadd float %520, %1467
	%1469 = select i1 %1460, float %1468, float 0xFFF0000000000000
	%1470 = select i1 %536, float %1469, float %1450
	%1471 = shl i32 %6, 1
	%1472 = add i32 49, %1471
	%1473 = add i32 %211, %1472
	%1474 = icmp slt i32 %1473, %N
	%1475 = select i1 %1474, i32 %1473, i32 0
	%1476 = sitofp i32 %534 to float
	%1477 = sitofp i32 %1475 to float
	%1478 = fcmp ole float %1477, %1476
	%1479 = uitofp i1 %1478 to float
	%1480 = fcmp une float %1479, 0.0
	%1481 = and i1 %1474, %1480
	%1482 = select i1 %1481, float %521, float 0xFFF0000000000000
	%1483 = mul i32 %NK, 64
	%1484 = sub i32 %1473, %1483
	%1485 = icmp ult i32 %1484, %NK
	%1486 = select i1 %1485, i32 %1484, i32 0
	%1487 = add i32 %44, %1486
	%1488 = sext i32 %1487 to i64
	%1489 = getelementptr i8, i8* %comp, i64 %1488
	%1490 = load i8, i8* %1489
	%1491 = icmp ne i8 %1490, 0
	%1492 = and i1 %1485, %1491
	%1493 = mul i32 %1484, 64
	%1494 = sub i32 %N, %1493
	%1495 = icmp slt i32 64, %1494
	%1496 = select i1 %1495, i32 64, i32 %1494
	%1497 = sitofp i32 %1496 to float
	%1498 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1497)
	%1499 = fmul float %1498, 0x40162E4300000000
	%1500 = fadd float %521, %1499
	%1501 = select i1 %1492, float %1500, float 0xFFF0000000000000
	%1502 = select i1 %536, float %1501, float %1482
	%1503 = shl i32 %6, 1
	%1504 = add i32 56, %1503
	%1505 = add i32 %211, %1504
	%1506 = icmp slt i32 %1505, %N
	%1507 = select i1 %1506, i32 %1505, i32 0
	%1508 = sitofp i32 %530 to float
	%1509 = sitofp i32 %1507 to float
	%1510 = fcmp ole float %1509, %1508
	%1511 = uitofp i1 %1510 to float
	%1512 = fcmp une float %1511, 0.0
	%1513 = and i1 %1506, %1512
	%1514 = select i1 %1513, float %523, float 0xFFF0000000000000
	%1515 = mul i32 %NK, 64
	%1516 = sub i32 %1505, %1515
	%1517 = icmp ult i32 %1516, %NK
	%1518 = select i1 %1517, i32 %1516, i32 0
	%1519 = add i32 %44, %1518
	%1520 = sext i32 %1519 to i64
	%1521 = getelementptr i8, i8* %comp, i64 %1520
	%1522 = load i8, i8* %1521
	%1523 = icmp ne i8 %1522, 0
	%1524 = and i1 %1517, %1523
	%1525 = mul i32 %1516, 64
	%1526 = sub i32 %N, %1525
	%1527 = icmp slt i32 64, %1526
	%1528 = select i1 %1527, i32 64, i32 %1526
	%1529 = sitofp i32 %1528 to float
	%1530 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1529)
	%1531 = fmul float %1530, 0x40162E4300000000
	%1532 = fadd float %523, %1531
	%1533 = select i1 %1524, float %1532, float 0xFFF0000000000000
	%1534 = select i1 %536, float %1533, float %1514
	%1535 = shl i32 %6, 1
	%1536 = add i32 57, %1535
	%1537 = add i32 %211, %1536
	%1538 = icmp slt i32 %1537, %N
	%1539 = select i1 %1538, i32 %1537, i32 0
	%1540 = sitofp i32 %530 to float
	%1541 = sitofp i32 %1539 to float
	%1542 = fcmp ole float %1541, %1540
	%1543 = uitofp i1 %1542 to float
	%1544 = fcmp une float %1543, 0.0
	%1545 = and i1 %1538, %1544
	%1546 = select i1 %1545, float %524, float 0xFFF0000000000000
	%1547 = mul i32 %NK, 64
	%1548 = sub i32 %1537, %1547
	%1549 = icmp ult i32 %1548, %NK
	%1550 = select i1 %1549, i32 %1548, i32 0
	%1551 = add i32 %44, %1550
	%1552 = sext i32 %1551 to i64
	%1553 = getelementptr i8, i8* %comp, i64 %1552
	%1554 = load i8, i8* %1553
	%1555 = icmp ne i8 %1554, 0
	%1556 = and i1 %1549, %1555
	%1557 = mul i32 %1548, 64
	%1558 = sub i32 %N, %1557
	%1559 = icmp slt i32 64, %1558
	%1560 = select i1 %1559, i32 64, i32 %1558
	%1561 = sitofp i32 %1560 to float
	%1562 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1561)
	%1563 = fmul float %1562, 0x40162E4300000000
	%1564 = fadd float %524, %1563
	%1565 = select i1 %1556, float %1564, float 0xFFF0000000000000
	%1566 = select i1 %536, float %1565, float %1546
	%1567 = shl i32 %6, 1
	%1568 = add i32 56, %1567
	%1569 = add i32 %211, %1568
	%1570 = icmp slt i32 %1569, %N
	%1571 = select i1 %1570, i32 %1569, i32 0
	%1572 = sitofp i32 %534 to float
	%1573 = sitofp i32 %1571 to float
	%1574 = fcmp ole float %1573, %1572
	%1575 = uitofp i1 %1574 to float
	%1576 = fcmp une float %1575, 0.0
	%1577 = and i1 %1570, %1576
	%1578 = select i1 %1577, float %525, float 0xFFF0000000000000
	%1579 = mul i32 %NK, 64
	%1580 = sub i32 %1569, %1579
	%1581 = icmp ult i32 %1580, %NK
	%1582 = select i1 %1581, i32 %1580, i32 0
	%1583 = add i32 %44, %1582
	%1584 = sext i32 %1583 to i64
	%1585 = getelementptr i8, i8* %comp, i64 %1584
	%1586 = load i8, i8* %1585
	%1587 = icmp ne i8 %1586, 0
	%1588 = and i1 %1581, %1587
	%1589 = mul i32 %1580, 64
	%1590 = sub i32 %N, %1589
	%1591 = icmp slt i32 64, %1590
	%1592 = select i1 %1591, i32 64, i32 %1590
	%1593 = sitofp i32 %1592 to float
	%1594 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1593)
	%1595 = fmul float %1594, 0x40162E4300000000
	%1596 = fadd float %525, %1595
	%1597 = select i1 %1588, float %1596, float 0xFFF0000000000000
	%1598 = select i1 %536, float %1597, float %1578
	%1599 = shl i32 %6, 1
	%1600 = add i32 57, %1599
	%1601 = add i32 %211, %1600
	%1602 = icmp slt i32 %1601, %N
	%1603 = select i1 %1602, i32 %1601, i32 0
	%1604 = sitofp i32 %534 to float
	%1605 = sitofp i32 %1603 to float
	%1606 = fcmp ole float %1605, %1604
	%1607 = uitofp i1 %1606 to float
	%1608 = fcmp une float %1607, 0.0
	%1609 = and i1 %1602, %1608
	%1610 = select i1 %1609, float %526, float 0xFFF0000000000000
	%1611 = mul i32 %NK, 64
	%1612 = sub i32 %1601, %1611
	%1613 = icmp ult i32 %1612, %NK
	%1614 = select i1 %1613, i32 %1612, i32 0
	%1615 = add i32 %44, %1614
	%1616 = sext i32 %1615 to i64
	%1617 = getelementptr i8, i8* %comp, i64 %1616
	%1618 = load i8, i8* %1617
	%1619 = icmp ne i8 %1618, 0
	%1620 = and i1 %1613, %1619
	%1621 = mul i32 %1612, 64
	%1622 = sub i32 %N, %1621
	%1623 = icmp slt i32 64, %1622
	%1624 = select i1 %1623, i32 64, i32 %1622
	%1625 = sitofp i32 %1624 to float
	%1626 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1625)
	%1627 = fmul float %1626, 0x40162E4300000000
	%1628 = fadd float %526, %1627
	%1629 = select i1 %1620, float %1628, float 0xFFF0000000000000
	%1630 = select i1 %536, float %1629, float %1610
	br label %softmax

softmax:
	%1631 = phi float [ %470, %loop ], [ %638, %partial ]
	%1632 = phi float [ %471, %loop ], [ %670, %partial ]
	%1633 = phi float [ %472, %loop ], [ %702, %partial ]
	%1634 = phi float [ %473, %loop ], [ %734, %partial ]
	%1635 = phi float [ %475, %loop ], [ %766, %partial ]
	%1636 = phi float [ %476, %loop ], [ %798, %partial ]
	%1637 = phi float [ %477, %loop ], [ %830, %partial ]
	%1638 = phi float [ %478, %loop ], [ %862, %partial ]
	%1639 = phi float [ %486, %loop ], [ %894, %partial ]
	%1640 = phi float [ %487, %loop ], [ %926, %partial ]
	%1641 = phi float [ %488, %loop ], [ %958, %partial ]
	%1642 = phi float [ %489, %loop ], [ %990, %partial ]
	%1643 = phi float [ %491, %loop ], [ %1022, %partial ]
	%1644 = phi float [ %492, %loop ], [ %1054, %partial ]
	%1645 = phi float [ %493, %loop ], [ %1086, %partial ]
	%1646 = phi float [ %494, %loop ], [ %1118, %partial ]
	%1647 = phi float [ %502, %loop ], [ %1150, %partial ]
	%1648 = phi float [ %503, %loop ], [ %1182, %partial ]
	%1649 = phi float [ %504, %loop ], [ %1214, %partial ]
	%1650 = phi float [ %505, %loop ], [ %1246, %partial ]
	%1651 = phi float [ %507, %loop ], [ %1278, %partial ]
	%1652 = phi float [ %508, %loop ], [ %1310, %partial ]
	%1653 = phi float [ %509, %loop ], [ %1342, %partial ]
	%1654 = phi float [ %510, %loop ], [ %1374, %partial ]
	%1655 = phi float [ %518, %loop ], [ %1406, %partial ]
	%1656 = phi float [ %519, %loop ], [ %1438, %partial ]
	%1657 = phi float [ %520, %loop ], [ %1470, %partial ]
	%1658 = phi float [ %521, %loop ], [ %1502, %partial ]
	%1659 = phi float [ %523, %loop ], [ %1534, %partial ]
	%1660 = phi float [ %524, %loop ], [ %1566, %partial ]
	%1661 = phi float [ %525, %loop ], [ %1598, %partial ]
	%1662 = phi float [ %526, %loop ], [ %1630, %partial ]
	%1663 = call float @llvm.nvvm.fmax.f(float %1631, float %1632)
	%1664 = call float @llvm.nvvm.fmax.f(float %1635, float %1636)
	%1665 = call float @llvm.nvvm.fmax.f(float %1639, float %1640)
	%1666 = call float @llvm.nvvm.fmax.f(float %1643, float %1644)
	%1667 = call float @llvm.nvvm.fmax.f(float %1647, float %1648)
	%1668 = call float @llvm.nvvm.fmax.f(float %1651, float %1652)
	%1669 = call float @llvm.nvvm.fmax.f(float %1655, float %1656)
	%1670 = call float @llvm.nvvm.fmax.f(float %1659, float %1660)
	%1671 = call float @llvm.nvvm.fmax.f(float %1663, float %1664)
	%1672 = call float @llvm.nvvm.fmax.f(float %1665, float %1666)
	%1673 = call float @llvm.nvvm.fmax.f(float %1667, float %1668)
	%1674 = call float @llvm.nvvm.fmax.f(float %1669, float %1670)
	%1675 = call float @llvm.nvvm.fmax.f(float %1671, float %1672)
	%1676 = call float @llvm.nvvm.fmax.f(float %1673, float %1674)
	%1677 = call float @llvm.nvvm.fmax.f(float %1675, float %1676)
	%1678 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1677, i32 1, i32 31)
	%1679 = call float @llvm.nvvm.fmax.f(float %1677, float %1678)
	%1680 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1679, i32 2, i32 31)
	%1681 = call float @llvm.nvvm.fmax.f(float %1679, float %1680)
	%1682 = fmul float %1681, 0x3FC7154760000000
	%1683 = call float @llvm.nvvm.fmax.f(float %207, float %1682)
	%1684 = fcmp oeq float %1683, 0xFFF0000000000000
	%1685 = select i1 %1684, float 0.0, float %1683
	%1686 = fsub float %207, %1685
	%1687 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1686)
	%1688 = fneg float %1685
	%1689 = call float @llvm.fma.f32(float %1631, float 0x3FC7154760000000, float %1688)
	%1690 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1689)
	%1691 = call float @llvm.fma.f32(float %1632, float 0x3FC7154760000000, float %1688)
	%1692 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1691)
	%1693 = call float @llvm.fma.f32(float %1635, float 0x3FC7154760000000, float %1688)
	%1694 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1693)
	%1695 = call float @llvm.fma.f32(float %1636, float 0x3FC7154760000000, float %1688)
	%1696 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1695)
	%1697 = call float @llvm.fma.f32(float %1639, float 0x3FC7154760000000, float %1688)
	%1698 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1697)
	%1699 = call float @llvm.fma.f32(float %1640, float 0x3FC7154760000000, float %1688)
	%1700 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1699)
	%1701 = call float @llvm.fma.f32(float %1643, float 0x3FC7154760000000, float %1688)
	%1702 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1701)
	%1703 = call float @llvm.fma.f32(float %1644, float 0x3FC7154760000000, float %1688)
	%1704 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1703)
	%1705 = call float @llvm.fma.f32(float %1647, float 0x3FC7154760000000, float %1688)
	%1706 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1705)
	%1707 = call float @llvm.fma.f32(float %1648, float 0x3FC7154760000000, float %1688)
	%1708 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1707)
	%1709 = call float @llvm.fma.f32(float %1651, float 0x3FC7154760000000, float %1688)
	%1710 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1709)
	%1711 = call float @llvm.fma.f32(float %1652, float 0x3FC7154760000000, float %1688)
	%1712 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1711)
	%1713 = call float @llvm.fma.f32(float %1655, float 0x3FC7154760000000, float %1688)
	%1714 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1713)
	%1715 = call float @llvm.fma.f32(float %1656, float 0x3FC7154760000000, float %1688)
	%1716 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1715)
	%1717 = call float @llvm.fma.f32(float %1659, float 0x3FC7154760000000, float %1688)
	%1718 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1717)
	%1719 = call float @llvm.fma.f32(float %1660, float 0x3FC7154760000000, float %1688)
	%1720 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1719)
	%1721 = fadd float %1690, %1692
	%1722 = fadd float %1694, %1696
	%1723 = fadd float %1698, %1700
	%1724 = fadd float %1702, %1704
	%1725 = fadd float %1706, %1708
	%1726 = fadd float %1710, %1712
	%1727 = fadd float %1714, %1716
	%1728 = fadd float %1718, %1720
	%1729 = fadd float %1721, %1722
	%1730 = fadd float %1723, %1724
	%1731 = fadd float %1725, %1726
	%1732 = fadd float %1727, %1728
	%1733 = fadd float %1729, %1730
	%1734 = fadd float %1731, %1732
	%1735 = fadd float %1733, %1734
	%1736 = fmul float %208, %1687
	%1737 = fadd float %1736, %1735
	%1738 = call float @llvm.nvvm.fmax.f(float %1633, float %1634)
	%1739 = call float @llvm.nvvm.fmax.f(float %1637, float %1638)
	%1740 = call float @llvm.nvvm.fmax.f(float %1641, float %1642)
	%1741 = call float @llvm.nvvm.fmax.f(float %1645, float %1646)
	%1742 = call float @llvm.nvvm.fmax.f(float %1649, float %1650)
	%1743 = call float @llvm.nvvm.fmax.f(float %1653, float %1654)
	%1744 = call float @llvm.nvvm.fmax.f(float %1657, float %1658)
	%1745 = call float @llvm.nvvm.fmax.f(float %1661, float %1662)
	%1746 = call float @llvm.nvvm.fmax.f(float %1738, float %1739)
	%1747 = call float @llvm.nvvm.fmax.f(float %1740, float %1741)
	%1748 = call float @llvm.nvvm.fmax.f(float %1742, float %1743)
	%1749 = call float @llvm.nvvm.fmax.f(float %1744, float %1745)
	%1750 = call float @llvm.nvvm.fmax.f(float %1746, float %1747)
	%1751 = call float @llvm.nvvm.fmax.f(float %1748, float %1749)
	%1752 = call float @llvm.nvvm.fmax.f(float %1750, float %1751)
	%1753 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1752, i32 1, i32 31)
	%1754 = call float @llvm.nvvm.fmax.f(float %1752, float %1753)
	%1755 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1754, i32 2, i32 31)
	%1756 = call float @llvm.nvvm.fmax.f(float %1754, float %1755)
	%1757 = fmul float %1756, 0x3FC7154760000000
	%1758 = call float @llvm.nvvm.fmax.f(float %209, float %1757)
	%1759 = fcmp oeq float %1758, 0xFFF0000000000000
	%1760 = select i1 %1759, float 0.0, float %1758
	%1761 = fsub float %209, %1760
	%1762 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1761)
	%1763 = fneg float %1760
	%1764 = call float @llvm.fma.f32(float %1633, float 0x3FC7154760000000, float %1763)
	%1765 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1764)
	%1766 = call float @llvm.fma.f32(float %1634, float 0x3FC7154760000000, float %1763)
	%1767 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1766)
	%1768 = call float @llvm.fma.f32(float %1637, float 0x3FC7154760000000, float %1763)
	%1769 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1768)
	%1770 = call float @llvm.fma.f32(float %1638, float 0x3FC7154760000000, float %1763)
	%1771 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1770)
	%1772 = call float @llvm.fma.f32(float %1641, float 0x3FC7154760000000, float %1763)
	%1773 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1772)
	%1774 = call float @llvm.fma.f32(float %1642, float 0x3FC7154760000000, float %1763)
	%1775 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1774)
	%1776 = call float @llvm.fma.f32(float %1645, float 0x3FC7154760000000, float %1763)
	%1777 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1776)
	%1778 = call float @llvm.fma.f32(float %1646, float 0x3FC7154760000000, float %1763)
	%1779 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1778)
	%1780 = call float @llvm.fma.f32(float %1649, float 0x3FC7154760000000, float %1763)
	%1781 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1780)
	%1782 = call float @llvm.fma.f32(float %1650, float 0x3FC7154760000000, float %1763)
	%1783 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1782)
	%1784 = call float @llvm.fma.f32(float %1653, float 0x3FC7154760000000, float %1763)
	%1785 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1784)
	%1786 = call float @llvm.fma.f32(float %1654, float 0x3FC7154760000000, float %1763)
	%1787 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1786)
	%1788 = call float @llvm.fma.f32(float %1657, float 0x3FC7154760000000, float %1763)
	%1789 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1788)
	%1790 = call float @llvm.fma.f32(float %1658, float 0x3FC7154760000000, float %1763)
	%1791 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1790)
	%1792 = call float @llvm.fma.f32(float %1661, float 0x3FC7154760000000, float %1763)
	%1793 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1792)
	%1794 = call float @llvm.fma.f32(float %1662, float 0x3FC7154760000000, float %1763)
	%1795 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1794)
	%1796 = fadd float %1765, %1767
	%1797 = fadd float %1769, %1771
	%1798 = fadd float %1773, %1775
	%1799 = fadd float %1777, %1779
	%1800 = fadd float %1781, %1783
	%1801 = fadd float %1785, %1787
	%1802 = fadd float %1789, %1791
	%1803 = fadd float %1793, %1795
	%1804 = fadd float %1796, %1797
	%1805 = fadd float %1798, %1799
	%1806 = fadd float %1800, %1801
	%1807 = fadd float %1802, %1803
	%1808 = fadd float %1804, %1805
	%1809 = fadd float %1806, %1807
	%1810 = fadd float %1808, %1809
	%1811 = fmul float %210, %1762
	%1812 = fadd float %1811, %1810
	%1813 = add i32 %173, 1
	%1814 = icmp slt i32 %1813, %NK
	%1815 = select i1 %1814, i32 %1813, i32 0
	%1816 = add i32 %29, %1815
	%1817 = sext i32 %1816 to i64
	%1818 = getelementptr i32, i32* %list, i64 %1817
	%1819 = load i32, i32* %1818
	%1820 = select i1 %1814, i32 %1819, i32 -1
	%1821 = icmp sge i32 %1820, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1821, label %prefetch, label %pv

prefetch:
	%1822 = icmp sge i32 %1820, %NK
	%1823 = select i1 %1822, i16* %37, i16* %20
	%1824 = sub i32 %1820, %NK
	%1825 = select i1 %1822, i32 %1824, i32 %1820
	%1826 = mul i32 %1825, 64
	%1827 = select i1 %1822, i32 %NK, i32 %N
	%1828 = lshr i32 %2, 3
	%1829 = and i32 %2, 7
	%1830 = and i32 %1828, 7
	%1831 = xor i32 %1829, %1830
	%1832 = mul i32 %1828, 8
	%1833 = add i32 %1832, %1831
	%1834 = shl i32 %1833, 4
	%1835 = add i32 %0, %1834
	%1836 = add i32 %1826, %1828
	%1837 = mul i32 %1836, 64
	%1838 = mul i32 %1829, 8
	%1839 = add i32 %1837, %1838
	%1840 = sext i32 %1839 to i64
	%1841 = getelementptr i16, i16* %1823, i64 %1840
	%1842 = add i32 %1836, 0
	%1843 = icmp slt i32 %1842, %1827
	%1844 = getelementptr i16, i16* %1841, i64 0
	%1845 = select i1 %1843, i16* %1844, i16* %1823
	%1846 = add i32 %1835, 0
	%1847 = select i1 %1843, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1846, i16* %1845, i32 %1847)
	%1848 = add i32 %1836, 16
	%1849 = icmp slt i32 %1848, %1827
	%1850 = getelementptr i16, i16* %1841, i64 1024
	%1851 = select i1 %1849, i16* %1850, i16* %1823
	%1852 = add i32 %1835, 2048
	%1853 = select i1 %1849, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1852, i16* %1851, i32 %1853)
	%1854 = add i32 %1836, 32
	%1855 = icmp slt i32 %1854, %1827
	%1856 = getelementptr i16, i16* %1841, i64 2048
	%1857 = select i1 %1855, i16* %1856, i16* %1823
	%1858 = add i32 %1835, u0x1000
	%1859 = select i1 %1855, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1858, i16* %1857, i32 %1859)
	%1860 = add i32 %1836, 48
	%1861 = icmp slt i32 %1860, %1827
	%1862 = getelementptr i16, i16* %1841, i64 3072
	%1863 = select i1 %1861, i16* %1862, i16* %1823
	%1864 = add i32 %1835, 6144
	%1865 = select i1 %1861, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1864, i16* %1863, i32 %1865)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1866 = fmul float %175, %1687
	%1867 = fmul float %176, %1687
	%1868 = fmul float %177, %1762
	%1869 = fmul float %178, %1762
	%1870 = fmul float %179, %1687
	%1871 = fmul float %180, %1687
	%1872 = fmul float %181, %1762
	%1873 = fmul float %182, %1762
	%1874 = fmul float %183, %1687
	%1875 = fmul float %184, %1687
	%1876 = fmul float %185, %1762
	%1877 = fmul float %186, %1762
	%1878 = fmul float %187, %1687
	%1879 = fmul float %188, %1687
	%1880 = fmul float %189, %1762
	%1881 = fmul float %190, %1762
	%1882 = fmul float %191, %1687
	%1883 = fmul float %192, %1687
	%1884 = fmul float %193, %1762
	%1885 = fmul float %194, %1762
	%1886 = fmul float %195, %1687
	%1887 = fmul float %196, %1687
	%1888 = fmul float %197, %1762
	%1889 = fmul float %198, %1762
	%1890 = fmul float %199, %1687
	%1891 = fmul float %200, %1687
	%1892 = fmul float %201, %1762
	%1893 = fmul float %202, %1762
	%1894 = fmul float %203, %1687
	%1895 = fmul float %204, %1687
	%1896 = fmul float %205, %1762
	%1897 = fmul float %206, %1762
	%1898 = and i32 %4, 7
	%1899 = lshr i32 %4, 3
	%1900 = and i32 %1899, 1
	%1901 = shl i32 %1900, 3
	%1902 = add i32 %1898, %1901
	%1903 = mul i32 %1902, 128
	%1904 = add i32 %1, %1903
	%1905 = and i32 %4, 7
	%1906 = xor i32 %95, %1905
	%1907 = shl i32 %1906, 4
	%1908 = add i32 %1904, %1907
	%1909 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1692, float %1690)
	%1910 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1767, float %1765)
	%1911 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1696, float %1694)
	%1912 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1771, float %1769)
	%1913 = xor i32 %1908, 0
	%1914 = add i32 %1913, 0
	%1915 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1914)
	%1916 = extractvalue { i32, i32, i32, i32 } %1915, 0
	%1917 = extractvalue { i32, i32, i32, i32 } %1915, 1
	%1918 = extractvalue { i32, i32, i32, i32 } %1915, 2
	%1919 = extractvalue { i32, i32, i32, i32 } %1915, 3
	%1920 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1909, i32 %1910, i32 %1911, i32 %1912, i32 %1916, i32 %1917, float %1866, float %1867, float %1868, float %1869)
	%1921 = extractvalue { float, float, float, float } %1920, 0
	%1922 = extractvalue { float, float, float, float } %1920, 1
	%1923 = extractvalue { float, float, float, float } %1920, 2
	%1924 = extractvalue { float, float, float, float } %1920, 3
	%1925 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1909, i32 %1910, i32 %1911, i32 %1912, i32 %1918, i32 %1919, float %1870, float %1871, float %1872, float %1873)
	%1926 = extractvalue { float, float, float, float } %1925, 0
	%1927 = extractvalue { float, float, float, float } %1925, 1
	%1928 = extractvalue { float, float, float, float } %1925, 2
	%1929 = extractvalue { float, float, float, float } %1925, 3
	%1930 = xor i32 %1908, 32
	%1931 = add i32 %1930, 0
	%1932 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1931)
	%1933 = extractvalue { i32, i32, i32, i32 } %1932, 0
	%1934 = extractvalue { i32, i32, i32, i32 } %1932, 1
	%1935 = extractvalue { i32, i32, i32, i32 } %1932, 2
	%1936 = extractvalue { i32, i32, i32, i32 } %1932, 3
	%1937 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1909, i32 %1910, i32 %1911, i32 %1912, i32 %1933, i32 %1934, float %1874, float %1875, float %1876, float %1877)
	%1938 = extractvalue { float, float, float, float } %1937, 0
	%1939 = extractvalue { float, float, float, float } %1937, 1
	%1940 = extractvalue { float, float, float, float } %1937, 2
	%1941 = extractvalue { float, float, float, float } %1937, 3
	%1942 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1909, i32 %1910, i32 %1911, i32 %1912, i32 %1935, i32 %1936, float %1878, float %1879, float %1880, float %1881)
	%1943 = extractvalue { float, float, float, float } %1942, 0
	%1944 = extractvalue { float, float, float, float } %1942, 1
	%1945 = extractvalue { float, float, float, float } %1942, 2
	%1946 = extractvalue { float, float, float, float } %1942, 3
	%1947 = xor i32 %1908, 64
	%1948 = add i32 %1947, 0
	%1949 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1948)
	%1950 = extractvalue { i32, i32, i32, i32 } %1949, 0
	%1951 = extractvalue { i32, i32, i32, i32 } %1949, 1
	%1952 = extractvalue { i32, i32, i32, i32 } %1949, 2
	%1953 = extractvalue { i32, i32, i32, i32 } %1949, 3
	%1954 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1909, i32 %1910, i32 %1911, i32 %1912, i32 %1950, i32 %1951, float %1882, float %1883, float %1884, float %1885)
	%1955 = extractvalue { float, float, float, float } %1954, 0
	%1956 = extractvalue { float, float, float, float } %1954, 1
	%1957 = extractvalue { float, float, float, float } %1954, 2
	%1958 = extractvalue { float, float, float, float } %1954, 3
	%1959 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1909, i32 %1910, i32 %1911, i32 %1912, i32 %1952, i32 %1953, float %1886, float %1887, float %1888, float %1889)
	%1960 = extractvalue { float, float, float, float } %1959, 0
	%1961 = extractvalue { float, float, float, float } %1959, 1
	%1962 = extractvalue { float, float, float, float } %1959, 2
	%1963 = extractvalue { float, float, float, float } %1959, 3
	%1964 = xor i32 %1908, 96
	%1965 = add i32 %1964, 0
	%1966 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1965)
	%1967 = extractvalue { i32, i32, i32, i32 } %1966, 0
	%1968 = extractvalue { i32, i32, i32, i32 } %1966, 1
	%1969 = extractvalue { i32, i32, i32, i32 } %1966, 2
	%1970 = extractvalue { i32, i32, i32, i32 } %1966, 3
	%1971 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1909, i32 %1910, i32 %1911, i32 %1912, i32 %1967, i32 %1968, float %1890, float %1891, float %1892, float %1893)
	%1972 = extractvalue { float, float, float, float } %1971, 0
	%1973 = extractvalue { float, float, float, float } %1971, 1
	%1974 = extractvalue { float, float, float, float } %1971, 2
	%1975 = extractvalue { float, float, float, float } %1971, 3
	%1976 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1909, i32 %1910, i32 %1911, i32 %1912, i32 %1969, i32 %1970, float %1894, float %1895, float %1896, float %1897)
	%1977 = extractvalue { float, float, float, float } %1976, 0
	%1978 = extractvalue { float, float, float, float } %1976, 1
	%1979 = extractvalue { float, float, float, float } %1976, 2
	%1980 = extractvalue { float, float, float, float } %1976, 3
	%1981 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1700, float %1698)
	%1982 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1775, float %1773)
	%1983 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1704, float %1702)
	%1984 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1779, float %1777)
	%1985 = xor i32 %1908, 0
	%1986 = add i32 %1985, 2048
	%1987 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1986)
	%1988 = extractvalue { i32, i32, i32, i32 } %1987, 0
	%1989 = extractvalue { i32, i32, i32, i32 } %1987, 1
	%1990 = extractvalue { i32, i32, i32, i32 } %1987, 2
	%1991 = extractvalue { i32, i32, i32, i32 } %1987, 3
	%1992 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1981, i32 %1982, i32 %1983, i32 %1984, i32 %1988, i32 %1989, float %1921, float %1922, float %1923, float %1924)
	%1993 = extractvalue { float, float, float, float } %1992, 0
	%1994 = extractvalue { float, float, float, float } %1992, 1
	%1995 = extractvalue { float, float, float, float } %1992, 2
	%1996 = extractvalue { float, float, float, float } %1992, 3
	%1997 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1981, i32 %1982, i32 %1983, i32 %1984, i32 %1990, i32 %1991, float %1926, float %1927, float %1928, float %1929)
	%1998 = extractvalue { float, float, float, float } %1997, 0
	%1999 = extractvalue { float, float, float, float } %1997, 1
	%2000 = extractvalue { float, float, float, float } %1997, 2
	%2001 = extractvalue { float, float, float, float } %1997, 3
	%2002 = xor i32 %1908, 32
	%2003 = add i32 %2002, 2048
	%2004 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2003)
	%2005 = extractvalue { i32, i32, i32, i32 } %2004, 0
	%2006 = extractvalue { i32, i32, i32, i32 } %2004, 1
	%2007 = extractvalue { i32, i32, i32, i32 } %2004, 2
	%2008 = extractvalue { i32, i32, i32, i32 } %2004, 3
	%2009 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1981, i32 %1982, i32 %1983, i32 %1984, i32 %2005, i32 %2006, float %1938, float %1939, float %1940, float %1941)
	%2010 = extractvalue { float, float, float, float } %2009, 0
	%2011 = extractvalue { float, float, float, float } %2009, 1
	%2012 = extractvalue { float, float, float, float } %2009, 2
	%2013 = extractvalue { float, float, float, float } %2009, 3
	%2014 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1981, i32 %1982, i32 %1983, i32 %1984, i32 %2007, i32 %2008, float %1943, float %1944, float %1945, float %1946)
	%2015 = extractvalue { float, float, float, float } %2014, 0
	%2016 = extractvalue { float, float, float, float } %2014, 1
	%2017 = extractvalue { float, float, float, float } %2014, 2
	%2018 = extractvalue { float, float, float, float } %2014, 3
	%2019 = xor i32 %1908, 64
	%2020 = add i32 %2019, 2048
	%2021 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2020)
	%2022 = extractvalue { i32, i32, i32, i32 } %2021, 0
	%2023 = extractvalue { i32, i32, i32, i32 } %2021, 1
	%2024 = extractvalue { i32, i32, i32, i32 } %2021, 2
	%2025 = extractvalue { i32, i32, i32, i32 } %2021, 3
	%2026 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1981, i32 %1982, i32 %1983, i32 %1984, i32 %2022, i32 %2023, float %1955, float %1956, float %1957, float %1958)
	%2027 = extractvalue { float, float, float, float } %2026, 0
	%2028 = extractvalue { float, float, float, float } %2026, 1
	%2029 = extractvalue { float, float, float, float } %2026, 2
	%2030 = extractvalue { float, float, float, float } %2026, 3
	%2031 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1981, i32 %1982, i32 %1983, i32 %1984, i32 %2024, i32 %2025, float %1960, float %1961, float %1962, float %1963)
	%2032 = extractvalue { float, float, float, float } %2031, 0
	%2033 = extractvalue { float, float, float, float } %2031, 1
	%2034 = extractvalue { float, float, float, float } %2031, 2
	%2035 = extractvalue { float, float, float, float } %2031, 3
	%2036 = xor i32 %1908, 96
	%2037 = add i32 %2036, 2048
	%2038 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2037)
	%2039 = extractvalue { i32, i32, i32, i32 } %2038, 0
	%2040 = extractvalue { i32, i32, i32, i32 } %2038, 1
	%2041 = extractvalue { i32, i32, i32, i32 } %2038, 2
	%2042 = extractvalue { i32, i32, i32, i32 } %2038, 3
	%2043 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1981, i32 %1982, i32 %1983, i32 %1984, i32 %2039, i32 %2040, float %1972, float %1973, float %1974, float %1975)
	%2044 = extractvalue { float, float, float, float } %2043, 0
	%2045 = extractvalue { float, float, float, float } %2043, 1
	%2046 = extractvalue { float, float, float, float } %2043, 2
	%2047 = extractvalue { float, float, float, float } %2043, 3
	%2048 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1981, i32 %1982, i32 %1983, i32 %1984, i32 %2041, i32 %2042, float %1977, float %1978, float %1979, float %1980)
	%2049 = extractvalue { float, float, float, float } %2048, 0
	%2050 = extractvalue { float, float, float, float } %2048, 1
	%2051 = extractvalue { float, float, float, float } %2048, 2
	%2052 = extractvalue { float, float, float, float } %2048, 3
	%2053 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1708, float %1706)
	%2054 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1783, float %1781)
	%2055 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1712, float %1710)
	%2056 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1787, float %1785)
	%2057 = xor i32 %1908, 0
	%2058 = add i32 %2057, u0x1000
	%2059 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2058)
	%2060 = extractvalue { i32, i32, i32, i32 } %2059, 0
	%2061 = extractvalue { i32, i32, i32, i32 } %2059, 1
	%2062 = extractvalue { i32, i32, i32, i32 } %2059, 2
	%2063 = extractvalue { i32, i32, i32, i32 } %2059, 3
	%2064 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2053, i32 %2054, i32 %2055, i32 %2056, i32 %2060, i32 %2061, float %1993, float %1994, float %1995, float %1996)
	%2065 = extractvalue { float, float, float, float } %2064, 0
	%2066 = extractvalue { float, float, float, float } %2064, 1
	%2067 = extractvalue { float, float, float, float } %2064, 2
	%2068 = extractvalue { float, float, float, float } %2064, 3
	%2069 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2053, i32 %2054, i32 %2055, i32 %2056, i32 %2062, i32 %2063, float %1998, float %1999, float %2000, float %2001)
	%2070 = extractvalue { float, float, float, float } %2069, 0
	%2071 = extractvalue { float, float, float, float } %2069, 1
	%2072 = extractvalue { float, float, float, float } %2069, 2
	%2073 = extractvalue { float, float, float, float } %2069, 3
	%2074 = xor i32 %1908, 32
	%2075 = add i32 %2074, u0x1000
	%2076 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2075)
	%2077 = extractvalue { i32, i32, i32, i32 } %2076, 0
	%2078 = extractvalue { i32, i32, i32, i32 } %2076, 1
	%2079 = extractvalue { i32, i32, i32, i32 } %2076, 2
	%2080 = extractvalue { i32, i32, i32, i32 } %2076, 3
	%2081 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2053, i32 %2054, i32 %2055, i32 %2056, i32 %2077, i32 %2078, float %2010, float %2011, float %2012, float %2013)
	%2082 = extractvalue { float, float, float, float } %2081, 0
	%2083 = extractvalue { float, float, float, float } %2081, 1
	%2084 = extractvalue { float, float, float, float } %2081, 2
	%2085 = extractvalue { float, float, float, float } %2081, 3
	%2086 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2053, i32 %2054, i32 %2055, i32 %2056, i32 %2079, i32 %2080, float %2015, float %2016, float %2017, float %2018)
	%2087 = extractvalue { float, float, float, float } %2086, 0
	%2088 = extractvalue { float, float, float, float } %2086, 1
	%2089 = extractvalue { float, float, float, float } %2086, 2
	%2090 = extractvalue { float, float, float, float } %2086, 3
	%2091 = xor i32 %1908, 64
	%2092 = add i32 %2091, u0x1000
	%2093 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2092)
	%2094 = extractvalue { i32, i32, i32, i32 } %2093, 0
	%2095 = extractvalue { i32, i32, i32, i32 } %2093, 1
	%2096 = extractvalue { i32, i32, i32, i32 } %2093, 2
	%2097 = extractvalue { i32, i32, i32, i32 } %2093, 3
	%2098 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2053, i32 %2054, i32 %2055, i32 %2056, i32 %2094, i32 %2095, float %2027, float %2028, float %2029, float %2030)
	%2099 = extractvalue { float, float, float, float } %2098, 0
	%2100 = extractvalue { float, float, float, float } %2098, 1
	%2101 = extractvalue { float, float, float, float } %2098, 2
	%2102 = extractvalue { float, float, float, float } %2098, 3
	%2103 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2053, i32 %2054, i32 %2055, i32 %2056, i32 %2096, i32 %2097, float %2032, float %2033, float %2034, float %2035)
	%2104 = extractvalue { float, float, float, float } %2103, 0
	%2105 = extractvalue { float, float, float, float } %2103, 1
	%2106 = extractvalue { float, float, float, float } %2103, 2
	%2107 = extractvalue { float, float, float, float } %2103, 3
	%2108 = xor i32 %1908, 96
	%2109 = add i32 %2108, u0x1000
	%2110 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2109)
	%2111 = extractvalue { i32, i32, i32, i32 } %2110, 0
	%2112 = extractvalue { i32, i32, i32, i32 } %2110, 1
	%2113 = extractvalue { i32, i32, i32, i32 } %2110, 2
	%2114 = extractvalue { i32, i32, i32, i32 } %2110, 3
	%2115 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2053, i32 %2054, i32 %2055, i32 %2056, i32 %2111, i32 %2112, float %2044, float %2045, float %2046, float %2047)
	%2116 = extractvalue { float, float, float, float } %2115, 0
	%2117 = extractvalue { float, float, float, float } %2115, 1
	%2118 = extractvalue { float, float, float, float } %2115, 2
	%2119 = extractvalue { float, float, float, float } %2115, 3
	%2120 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2053, i32 %2054, i32 %2055, i32 %2056, i32 %2113, i32 %2114, float %2049, float %2050, float %2051, float %2052)
	%2121 = extractvalue { float, float, float, float } %2120, 0
	%2122 = extractvalue { float, float, float, float } %2120, 1
	%2123 = extractvalue { float, float, float, float } %2120, 2
	%2124 = extractvalue { float, float, float, float } %2120, 3
	%2125 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1716, float %1714)
	%2126 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1791, float %1789)
	%2127 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1720, float %1718)
	%2128 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1795, float %1793)
	%2129 = xor i32 %1908, 0
	%2130 = add i32 %2129, 6144
	%2131 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2130)
	%2132 = extractvalue { i32, i32, i32, i32 } %2131, 0
	%2133 = extractvalue { i32, i32, i32, i32 } %2131, 1
	%2134 = extractvalue { i32, i32, i32, i32 } %2131, 2
	%2135 = extractvalue { i32, i32, i32, i32 } %2131, 3
	%2136 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2125, i32 %2126, i32 %2127, i32 %2128, i32 %2132, i32 %2133, float %2065, float %2066, float %2067, float %2068)
	%2137 = extractvalue { float, float, float, float } %2136, 0
	%2138 = extractvalue { float, float, float, float } %2136, 1
	%2139 = extractvalue { float, float, float, float } %2136, 2
	%2140 = extractvalue { float, float, float, float } %2136, 3
	%2141 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2125, i32 %2126, i32 %2127, i32 %2128, i32 %2134, i32 %2135, float %2070, float %2071, float %2072, float %2073)
	%2142 = extractvalue { float, float, float, float } %2141, 0
	%2143 = extractvalue { float, float, float, float } %2141, 1
	%2144 = extractvalue { float, float, float, float } %2141, 2
	%2145 = extractvalue { float, float, float, float } %2141, 3
	%2146 = xor i32 %1908, 32
	%2147 = add i32 %2146, 6144
	%2148 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2147)
	%2149 = extractvalue { i32, i32, i32, i32 } %2148, 0
	%2150 = extractvalue { i32, i32, i32, i32 } %2148, 1
	%2151 = extractvalue { i32, i32, i32, i32 } %2148, 2
	%2152 = extractvalue { i32, i32, i32, i32 } %2148, 3
	%2153 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2125, i32 %2126, i32 %2127, i32 %2128, i32 %2149, i32 %2150, float %2082, float %2083, float %2084, float %2085)
	%2154 = extractvalue { float, float, float, float } %2153, 0
	%2155 = extractvalue { float, float, float, float } %2153, 1
	%2156 = extractvalue { float, float, float, float } %2153, 2
	%2157 = extractvalue { float, float, float, float } %2153, 3
	%2158 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2125, i32 %2126, i32 %2127, i32 %2128, i32 %2151, i32 %2152, float %2087, float %2088, float %2089, float %2090)
	%2159 = extractvalue { float, float, float, float } %2158, 0
	%2160 = extractvalue { float, float, float, float } %2158, 1
	%2161 = extractvalue { float, float, float, float } %2158, 2
	%2162 = extractvalue { float, float, float, float } %2158, 3
	%2163 = xor i32 %1908, 64
	%2164 = add i32 %2163, 6144
	%2165 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2164)
	%2166 = extractvalue { i32, i32, i32, i32 } %2165, 0
	%2167 = extractvalue { i32, i32, i32, i32 } %2165, 1
	%2168 = extractvalue { i32, i32, i32, i32 } %2165, 2
	%2169 = extractvalue { i32, i32, i32, i32 } %2165, 3
	%2170 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2125, i32 %2126, i32 %2127, i32 %2128, i32 %2166, i32 %2167, float %2099, float %2100, float %2101, float %2102)
	%2171 = extractvalue { float, float, float, float } %2170, 0
	%2172 = extractvalue { float, float, float, float } %2170, 1
	%2173 = extractvalue { float, float, float, float } %2170, 2
	%2174 = extractvalue { float, float, float, float } %2170, 3
	%2175 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2125, i32 %2126, i32 %2127, i32 %2128, i32 %2168, i32 %2169, float %2104, float %2105, float %2106, float %2107)
	%2176 = extractvalue { float, float, float, float } %2175, 0
	%2177 = extractvalue { float, float, float, float } %2175, 1
	%2178 = extractvalue { float, float, float, float } %2175, 2
	%2179 = extractvalue { float, float, float, float } %2175, 3
	%2180 = xor i32 %1908, 96
	%2181 = add i32 %2180, 6144
	%2182 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2181)
	%2183 = extractvalue { i32, i32, i32, i32 } %2182, 0
	%2184 = extractvalue { i32, i32, i32, i32 } %2182, 1
	%2185 = extractvalue { i32, i32, i32, i32 } %2182, 2
	%2186 = extractvalue { i32, i32, i32, i32 } %2182, 3
	%2187 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2125, i32 %2126, i32 %2127, i32 %2128, i32 %2183, i32 %2184, float %2116, float %2117, float %2118, float %2119)
	%2188 = extractvalue { float, float, float, float } %2187, 0
	%2189 = extractvalue { float, float, float, float } %2187, 1
	%2190 = extractvalue { float, float, float, float } %2187, 2
	%2191 = extractvalue { float, float, float, float } %2187, 3
	%2192 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2125, i32 %2126, i32 %2127, i32 %2128, i32 %2185, i32 %2186, float %2121, float %2122, float %2123, float %2124)
	%2193 = extractvalue { float, float, float, float } %2192, 0
	%2194 = extractvalue { float, float, float, float } %2192, 1
	%2195 = extractvalue { float, float, float, float } %2192, 2
	%2196 = extractvalue { float, float, float, float } %2192, 3
	br i1 %1821, label %loop, label %epilogue

store0:
	%2197 = mul i32 %10, %M
	%2198 = add i32 %2197, %589
	%2199 = mul i32 %2198, 64
	%2200 = shl i32 %6, 1
	%2201 = add i32 0, %2200
	%2202 = add i32 %2199, %2201
	%2203 = sext i32 %2202 to i64
	%2204 = getelementptr i16, i16* %out, i64 %2203
	%2205 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %591, float %590)
	%2206 = bitcast i16* %2204 to i32*
	store i32 %2205, i32* %2206
	%2207 = shl i32 %6, 1
	%2208 = add i32 8, %2207
	%2209 = add i32 %2199, %2208
	%2210 = sext i32 %2209 to i64
	%2211 = getelementptr i16, i16* %out, i64 %2210
	%2212 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %593, float %592)
	%2213 = bitcast i16* %2211 to i32*
	store i32 %2212, i32* %2213
	%2214 = shl i32 %6, 1
	%2215 = add i32 16, %2214
	%2216 = add i32 %2199, %2215
	%2217 = sext i32 %2216 to i64
	%2218 = getelementptr i16, i16* %out, i64 %2217
	%2219 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %595, float %594)
	%2220 = bitcast i16* %2218 to i32*
	store i32 %2219, i32* %2220
	%2221 = shl i32 %6, 1
	%2222 = add i32 24, %2221
	%2223 = add i32 %2199, %2222
	%2224 = sext i32 %2223 to i64
	%2225 = getelementptr i16, i16* %out, i64 %2224
	%2226 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %597, float %596)
	%2227 = bitcast i16* %2225 to i32*
	store i32 %2226, i32* %2227
	%2228 = shl i32 %6, 1
	%2229 = add i32 32, %2228
	%2230 = add i32 %2199, %2229
	%2231 = sext i32 %2230 to i64
	%2232 = getelementptr i16, i16* %out, i64 %2231
	%2233 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %599, float %598)
	%2234 = bitcast i16* %2232 to i32*
	store i32 %2233, i32* %2234
	%2235 = shl i32 %6, 1
	%2236 = add i32 40, %2235
	%2237 = add i32 %2199, %2236
	%2238 = sext i32 %2237 to i64
	%2239 = getelementptr i16, i16* %out, i64 %2238
	%2240 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %601, float %600)
	%2241 = bitcast i16* %2239 to i32*
	store i32 %2240, i32* %2241
	%2242 = shl i32 %6, 1
	%2243 = add i32 48, %2242
	%2244 = add i32 %2199, %2243
	%2245 = sext i32 %2244 to i64
	%2246 = getelementptr i16, i16* %out, i64 %2245
	%2247 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %603, float %602)
	%2248 = bitcast i16* %2246 to i32*
	store i32 %2247, i32* %2248
	%2249 = shl i32 %6, 1
	%2250 = add i32 56, %2249
	%2251 = add i32 %2199, %2250
	%2252 = sext i32 %2251 to i64
	%2253 = getelementptr i16, i16* %out, i64 %2252
	%2254 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %605, float %604)
	%2255 = bitcast i16* %2253 to i32*
	store i32 %2254, i32* %2255
	br label %stored0

stored0:
	%2256 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %545, i32 1, i32 31)
	%2257 = fadd float %545, %2256
	%2258 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2257, i32 2, i32 31)
	%2259 = fadd float %2257, %2258
	%2260 = fcmp ogt float %2259, 0.0
	%2261 = fdiv float 1.0, %2259
	%2262 = select i1 %2260, float %2261, float 0.0
	%2263 = mul i32 %3, 16
	%2264 = add i32 %12, %2263
	%2265 = add i32 %5, 8
	%2266 = add i32 %2264, %2265
	%2267 = fmul float %549, %2262
	%2268 = fmul float %550, %2262
	%2269 = fmul float %553, %2262
	%2270 = fmul float %554, %2262
	%2271 = fmul float %557, %2262
	%2272 = fmul float %558, %2262
	%2273 = fmul float %561, %2262
	%2274 = fmul float %562, %2262
	%2275 = fmul float %565, %2262
	%2276 = fmul float %566, %2262
	%2277 = fmul float %569, %2262
	%2278 = fmul float %570, %2262
	%2279 = fmul float %573, %2262
	%2280 = fmul float %574, %2262
	%2281 = fmul float %577, %2262
	%2282 = fmul float %578, %2262
	%2283 = icmp slt i32 %2266, %M
	br i1 %2283, label %store1, label %stored1

store1:
	%2284 = mul i32 %10, %M
	%2285 = add i32 %2284, %2266
	%2286 = mul i32 %2285, 64
	%2287 = shl i32 %6, 1
	%2288 = add i32 0, %2287
	%2289 = add i32 %2286, %2288
	%2290 = sext i32 %2289 to i64
	%2291 = getelementptr i16, i16* %out, i64 %2290
	%2292 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2268, float %2267)
	%2293 = bitcast i16* %2291 to i32*
	store i32 %2292, i32* %2293
	%2294 = shl i32 %6, 1
	%2295 = add i32 8, %2294
	%2296 = add i32 %2286, %2295
	%2297 = sext i32 %2296 to i64
	%2298 = getelementptr i16, i16* %out, i64 %2297
	%2299 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2270, float %2269)
	%2300 = bitcast i16* %2298 to i32*
	store i32 %2299, i32* %2300
	%2301 = shl i32 %6, 1
	%2302 = add i32 16, %2301
	%2303 = add i32 %2286, %2302
	%2304 = sext i32 %2303 to i64
	%2305 = getelementptr i16, i16* %out, i64 %2304
	%2306 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2272, float %2271)
	%2307 = bitcast i16* %2305 to i32*
	store i32 %2306, i32* %2307
	%2308 = shl i32 %6, 1
	%2309 = add i32 24, %2308
	%2310 = add i32 %2286, %2309
	%2311 = sext i32 %2310 to i64
	%2312 = getelementptr i16, i16* %out, i64 %2311
	%2313 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2274, float %2273)
	%2314 = bitcast i16* %2312 to i32*
	store i32 %2313, i32* %2314
	%2315 = shl i32 %6, 1
	%2316 = add i32 32, %2315
	%2317 = add i32 %2286, %2316
	%2318 = sext i32 %2317 to i64
	%2319 = getelementptr i16, i16* %out, i64 %2318
	%2320 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2276, float %2275)
	%2321 = bitcast i16* %2319 to i32*
	store i32 %2320, i32* %2321
	%2322 = shl i32 %6, 1
	%2323 = add i32 40, %2322
	%2324 = add i32 %2286, %2323
	%2325 = sext i32 %2324 to i64
	%2326 = getelementptr i16, i16* %out, i64 %2325
	%2327 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2278, float %2277)
	%2328 = bitcast i16* %2326 to i32*
	store i32 %2327, i32* %2328
	%2329 = shl i32 %6, 1
	%2330 = add i32 48, %2329
	%2331 = add i32 %2286, %2330
	%2332 = sext i32 %2331 to i64
	%2333 = getelementptr i16, i16* %out, i64 %2332
	%2334 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2280, float %2279)
	%2335 = bitcast i16* %2333 to i32*
	store i32 %2334, i32* %2335
	%2336 = shl i32 %6, 1
	%2337 = add i32 56, %2336
	%2338 = add i32 %2286, %2337
	%2339 = sext i32 %2338 to i64
	%2340 = getelementptr i16, i16* %out, i64 %2339
	%2341 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2282, float %2281)
	%2342 = bitcast i16* %2340 to i32*
	store i32 %2341, i32* %2342
	br label %stored1

stored1:
	ret void
}

declare float @llvm.nvvm.lg2.approx.ftz.f(float %p0)

define ptx_kernel void @best_attn2_kbar(i16* %x, i16* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %28)
	%35 = trunc i32 %34 to i16
	%36 = getelementptr i16, i16* %out, i64 %33
	store i16 %35, i16* %36
	ret void
}

define ptx_kernel void @best_attn2_vbar(i16* %x, i16* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %28)
	%35 = trunc i32 %34 to i16
	%36 = getelementptr i16, i16* %out, i64 %33
	store i16 %35, i16* %36
	ret void
}

define ptx_kernel void @best_attn2_comp(i32* %list, i8* %full, i32 %ch, i8* %comp, i32* %clist, i32 %NQ, i32 %NK) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %2, %NQ
	%4 = add i32 %3, %1
	%5 = mul i32 %4, %NK
	%6 = mul i32 %2, %ch
	%7 = mul i32 %6, %NQ
	%8 = add i32 %7, %1
	%9 = mul i32 %8, %NK
	%10 = mul i32 %4, 2
	%11 = mul i32 %10, %NK
	br label %12

12:
	%13 = phi i32 [ %0, %entry ], [ %23, %15 ]
	%14 = icmp slt i32 %13, %NK
	br i1 %14, label %15, label %24

15:
	%16 = add i32 %9, %13
	%17 = sext i32 %16 to i64
	%18 = getelementptr i8, i8* %full, i64 %17
	%19 = load i8, i8* %18
	%20 = add i32 %5, %13
	%21 = sext i32 %20 to i64
	%22 = getelementptr i8, i8* %comp, i64 %21
	store i8 %19, i8* %22
	%23 = add i32 %13, 256
	br label %12

24:
	call void @llvm.nvvm.barrier0()
	br label %25

25:
	%26 = phi i32 [ %0, %24 ], [ %66, %63 ]
	%27 = phi i32 [ 0, %24 ], [ %65, %63 ]
	%28 = icmp slt i32 %26, %NK
	br i1 %28, label %29, label %35

29:
	%30 = add i32 %11, %26
	%31 = sext i32 %30 to i64
	%32 = getelementptr i32, i32* %list, i64 %31
	%33 = load i32, i32* %32
	%34 = icmp sge i32 %33, 0
	br i1 %34, label %59, label %63

35:
	%36 = and i32 %0, 31
	%37 = lshr i32 %0, 5
	%38 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %27, i32 1, i32 0)
	%39 = icmp uge i32 %36, 1
	%40 = select i1 %39, i32 %38, i32 0
	%41 = add i32 %27, %40
	%42 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %41, i32 2, i32 0)
	%43 = icmp uge i32 %36, 2
	%44 = select i1 %43, i32 %42, i32 0
	%45 = add i32 %41, %44
	%46 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %45, i32 4, i32 0)
	%47 = icmp uge i32 %36, 4
	%48 = select i1 %47, i32 %46, i32 0
	%49 = add i32 %45, %48
	%50 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %49, i32 8, i32 0)
	%51 = icmp uge i32 %36, 8
	%52 = select i1 %51, i32 %50, i32 0
	%53 = add i32 %49, %52
	%54 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %53, i32 16, i32 0)
	%55 = icmp uge i32 %36, 16
	%56 = select i1 %55, i32 %54, i32 0
	%57 = add i32 %53, %56
	%58 = icmp eq i32 %36, 31
	br i1 %58, label %67, label %69

59:
	%60 = add i32 %5, %33
	%61 = sext i32 %60 to i64
	%62 = getelementptr i8, i8* %comp, i64 %61
	store i8 0, i8* %62
	br label %63

63:
	%64 = zext i1 %34 to i32
	%65 = add i32 %27, %64
	%66 = add i32 %26, 256
	br label %25

67:
	%68 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 %37
	store i32 %57, i32 addrspace(3)* %68
	br label %69

69:
	call void @llvm.nvvm.barrier0()
	%70 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 0
	%71 = load i32, i32 addrspace(3)* %70
	%72 = icmp sgt i32 %37, 0
	%73 = select i1 %72, i32 %71, i32 0
	%74 = add i32 0, %73
	%75 = add i32 0, %71
	%76 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 1
	%77 = load i32, i32 addrspace(3)* %76
	%78 = icmp sgt i32 %37, 1
	%79 = select i1 %78, i32 %77, i32 0
	%80 = add i32 %74, %79
	%81 = add i32 %75, %77
	%82 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 2
	%83 = load i32, i32 addrspace(3)* %82
	%84 = icmp sgt i32 %37, 2
	%85 = select i1 %84, i32 %83, i32 0
	%86 = add i32 %80, %85
	%87 = add i32 %81, %83
	%88 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 3
	%89 = load i32, i32 addrspace(3)* %88
	%90 = icmp sgt i32 %37, 3
	%91 = select i1 %90, i32 %89, i32 0
	%92 = add i32 %86, %91
	%93 = add i32 %87, %89
	%94 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 4
	%95 = load i32, i32 addrspace(3)* %94
	%96 = icmp sgt i32 %37, 4
	%97 = select i1 %96, i32 %95, i32 0
	%98 = add i32 %92, %97
	%99 = add i32 %93, %95
	%100 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 5
	%101 = load i32, i32 addrspace(3)* %100
	%102 = icmp sgt i32 %37, 5
	%103 = select i1 %102, i32 %101, i32 0
	%104 = add i32 %98, %103
	%105 = add i32 %99, %101
	%106 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 6
	%107 = load i32, i32 addrspace(3)* %106
	%108 = icmp sgt i32 %37, 6
	%109 = select i1 %108, i32 %107, i32 0
	%110 = add i32 %104, %109
	%111 = add i32 %105, %107
	%112 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 7
	%113 = load i32, i32 addrspace(3)* %112
	%114 = icmp sgt i32 %37, 7
	%115 = select i1 %114, i32 %113, i32 0
	%116 = add i32 %110, %115
	%117 = add i32 %111, %113
	%118 = add i32 %116, %57
	%119 = sub i32 %118, %27
	call void @llvm.nvvm.barrier0()
	br label %120

120:
	%121 = phi i32 [ %0, %69 ], [ %140, %123 ]
	%122 = icmp slt i32 %121, %117
	br i1 %122, label %123, label %141

123:
	%124 = mul i32 %NK, 0
	%125 = add i32 %11, %124
	%126 = add i32 %125, %121
	%127 = sext i32 %126 to i64
	%128 = getelementptr i32, i32* %list, i64 %127
	%129 = load i32, i32* %128
	%130 = sext i32 %126 to i64
	%131 = getelementptr i32, i32* %clist, i64 %130
	store i32 %129, i32* %131
	%132 = mul i32 %NK, 1
	%133 = add i32 %11, %132
	%134 = add i32 %133, %121
	%135 = sext i32 %134 to i64
	%136 = getelementptr i32, i32* %list, i64 %135
	%137 = load i32, i32* %136
	%138 = sext i32 %134 to i64
	%139 = getelementptr i32, i32* %clist, i64 %138
	store i32 %137, i32* %139
	%140 = add i32 %121, 256
	br label %120

141:
	%142 = add i32 %NK, 63
	%143 = sdiv i32 %142, 64
	%144 = add i32 %143, 255
	%145 = sdiv i32 %144, 256
	%146 = mul i32 %145, 256
	br label %147

147:
	%148 = phi i32 [ 0, %141 ], [ %266, %264 ]
	%149 = phi i32 [ 0, %141 ], [ %265, %264 ]
	%150 = icmp slt i32 %148, %146
	br i1 %150, label %151, label %157

151:
	%152 = add i32 %148, %0
	%153 = mul i32 %152, 64
	%154 = add i32 %153, 64
	%155 = icmp slt i32 %154, %NK
	%156 = select i1 %155, i32 %154, i32 %NK
	br label %160

157:
	%158 = add i32 %117, %149
	%159 = add i32 %158, %0
	br label %267

160:
	%161 = phi i32 [ %153, %151 ], [ %171, %164 ]
	%162 = phi i32 [ 0, %151 ], [ %170, %164 ]
	%163 = icmp slt i32 %161, %156
	br i1 %163, label %164, label %172

164:
	%165 = add i32 %5, %161
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %comp, i64 %166
	%168 = load i8, i8* %167
	%169 = zext i8 %168 to i32
	%170 = or i32 %162, %169
	%171 = add i32 %161, 1
	br label %160

172:
	%173 = icmp ne i32 %162, 0
	%174 = zext i1 %173 to i32
	%175 = and i32 %0, 31
	%176 = lshr i32 %0, 5
	%177 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %174, i32 1, i32 0)
	%178 = icmp uge i32 %175, 1
	%179 = select i1 %178, i32 %177, i32 0
	%180 = add i32 %174, %179
	%181 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %180, i32 2, i32 0)
	%182 = icmp uge i32 %175, 2
	%183 = select i1 %182, i32 %181, i32 0
	%184 = add i32 %180, %183
	%185 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %184, i32 4, i32 0)
	%186 = icmp uge i32 %175, 4
	%187 = select i1 %186, i32 %185, i32 0
	%188 = add i32 %184, %187
	%189 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %188, i32 8, i32 0)
	%190 = icmp uge i32 %175, 8
	%191 = select i1 %190, i32 %189, i32 0
	%192 = add i32 %188, %191
	%193 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %192, i32 16, i32 0)
	%194 = icmp uge i32 %175, 16
	%195 = select i1 %194, i32 %193, i32 0
	%196 = add i32 %192, %195
	%197 = icmp eq i32 %175, 31
	br i1 %197, label %198, label %200

198:
	%199 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 %176
	store i32 %196, i32 addrspace(3)* %199
	br label %200

200:
	call void @llvm.nvvm.barrier0()
	%201 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 0
	%202 = load i32, i32 addrspace(3)* %201
	%203 = icmp sgt i32 %176, 0
	%204 = select i1 %203, i32 %202, i32 0
	%205 = add i32 0, %204
	%206 = add i32 0, %202
	%207 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 1
	%208 = load i32, i32 addrspace(3)* %207
	%209 = icmp sgt i32 %176, 1
	%210 = select i1 %209, i32 %208, i32 0
	%211 = add i32 %205, %210
	%212 = add i32 %206, %208
	%213 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 2
	%214 = load i32, i32 addrspace(3)* %213
	%215 = icmp sgt i32 %176, 2
	%216 = select i1 %215, i32 %214, i32 0
	%217 = add i32 %211, %216
	%218 = add i32 %212, %214
	%219 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 3
	%220 = load i32, i32 addrspace(3)* %219
	%221 = icmp sgt i32 %176, 3
	%222 = select i1 %221, i32 %220, i32 0
	%223 = add i32 %217, %222
	%224 = add i32 %218, %220
	%225 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 4
	%226 = load i32, i32 addrspace(3)* %225
	%227 = icmp sgt i32 %176, 4
	%228 = select i1 %227, i32 %226, i32 0
	%229 = add i32 %223, %228
	%230 = add i32 %224, %226
	%231 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 5
	%232 = load i32, i32 addrspace(3)* %231
	%233 = icmp sgt i32 %176, 5
	%234 = select i1 %233, i32 %232, i32 0
	%235 = add i32 %229, %234
	%236 = add i32 %230, %232
	%237 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 6
	%238 = load i32, i32 addrspace(3)* %237
	%239 = icmp sgt i32 %176, 6
	%240 = select i1 %239, i32 %238, i32 0
	%241 = add i32 %235, %240
	%242 = add i32 %236, %238
	%243 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 7
	%244 = load i32, i32 addrspace(3)* %243
	%245 = icmp sgt i32 %176, 7
	%246 = select i1 %245, i32 %244, i32 0
	%247 = add i32 %241, %246
	%248 = add i32 %242, %244
	%249 = add i32 %247, %196
	%250 = sub i32 %249, %174
	%251 = add i32 %117, %149
	%252 = add i32 %251, %250
	%253 = icmp slt i32 %252, %NK
	%254 = and i1 %173, %253
	br i1 %254, label %255, label %264

255:
	%256 = add i32 %NK, %152
	%257 = add i32 %11, %252
	%258 = sext i32 %257 to i64
	%259 = getelementptr i32, i32* %clist, i64 %258
	store i32 %256, i32* %259
	%260 = add i32 %11, %NK
	%261 = add i32 %260, %252
	%262 = sext i32 %261 to i64
	%263 = getelementptr i32, i32* %clist, i64 %262
	store i32 0, i32* %263
	br label %264

264:
	call void @llvm.nvvm.barrier0()
	%265 = add i32 %149, %248
	%266 = add i32 %148, 256
	br label %147

267:
	%268 = phi i32 [ %159, %157 ], [ %278, %270 ]
	%269 = icmp slt i32 %268, %NK
	br i1 %269, label %270, label %279

270:
	%271 = add i32 %11, %268
	%272 = sext i32 %271 to i64
	%273 = getelementptr i32, i32* %clist, i64 %272
	store i32 -1, i32* %273
	%274 = add i32 %11, %NK
	%275 = add i32 %274, %268
	%276 = sext i32 %275 to i64
	%277 = getelementptr i32, i32* %clist, i64 %276
	store i32 -1, i32* %277
	%278 = add i32 %268, 256
	br label %267

279:
	ret void
}

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6, !7, !8, !9, !10, !11, !12, !13, !14, !15, !16, !17, !18, !19, !20}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1, !"maxntidx", i32 256}
!1 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_init, !"maxntidx", i32 256}
!2 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist24, !"maxntidx", i32 256}
!3 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick24, !"maxntidx", i32 256}
!4 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist16, !"maxntidx", i32 256}
!5 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick16, !"maxntidx", i32 256}
!6 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist8, !"maxntidx", i32 256}
!7 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick8, !"maxntidx", i32 256}
!8 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist0, !"maxntidx", i32 256}
!9 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick0, !"maxntidx", i32 256}
!10 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_ties, !"maxntidx", i32 256}
!11 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_scan, !"maxntidx", i32 256}
!12 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_take, !"maxntidx", i32 256}
!13 = !{void (i16*, float*, i32, i32)* @best_pool_q0, !"maxntidx", i32 64}
!14 = !{void (i16*, float*, i32, i32)* @best_pool_k0, !"maxntidx", i32 64}
!15 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @best_scores0, !"maxntidx", i32 256}
!16 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i16*, i16*, i8*)* @best_attn2, !"maxntidx", i32 128}
!17 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i16*, i16*, i8*)* @best_attn2, !"minctasm", i32 3}
!18 = !{void (i16*, i16*, i32, i32)* @best_attn2_kbar, !"maxntidx", i32 64}
!19 = !{void (i16*, i16*, i32, i32)* @best_attn2_vbar, !"maxntidx", i32 64}
!20 = !{void (i32*, i8*, i32, i8*, i32*, i32, i32)* @best_attn2_comp, !"maxntidx", i32 256}
